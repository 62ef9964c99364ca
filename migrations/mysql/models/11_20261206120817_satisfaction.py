from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS `satisfaction_setting` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL UNIQUE,
    `weights` JSON NOT NULL COMMENT '维度权重',
    `rectify_days` INT NOT NULL COMMENT '整改期限（天）'
) CHARACTER SET utf8mb4 COMMENT='The settings of the 行风办 (满意度参数): weights of the dimensions in the composite index and the';
        CREATE TABLE IF NOT EXISTS `rectification` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `source` VARCHAR(16) NOT NULL COMMENT '来源',
    `status` VARCHAR(16) NOT NULL COMMENT '状态',
    `items` JSON NOT NULL COMMENT '涉及题目',
    `description` LONGTEXT NOT NULL COMMENT '问题描述',
    `deadline` DATETIME(6) NOT NULL COMMENT '整改期限',
    `measures` LONGTEXT NOT NULL COMMENT '整改措施',
    `replied_at` DATETIME(6) COMMENT '反馈时间',
    `verified_at` DATETIME(6) COMMENT '核实时间',
    `verify_note` LONGTEXT NOT NULL COMMENT '核实意见',
    `escalated_at` DATETIME(6) COMMENT '升级至科主任时间',
    `callback_task_id` INT,
    `department_id` INT NOT NULL COMMENT '责任科室',
    `patient_id` INT NOT NULL COMMENT '患者',
    `replied_by_id` INT,
    `task_id` INT,
    `verified_by_id` INT,
    `record_id` INT UNIQUE,
    CONSTRAINT `fk_rectific_followup_2b52522e` FOREIGN KEY (`callback_task_id`) REFERENCES `followup_task` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rectific_departme_c441edf3` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rectific_patient_9ddd37bb` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rectific_staff_53eb02a1` FOREIGN KEY (`replied_by_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rectific_followup_8e358d0f` FOREIGN KEY (`task_id`) REFERENCES `followup_task` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rectific_staff_649df792` FOREIGN KEY (`verified_by_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_rectific_followup_0fd01d88` FOREIGN KEY (`record_id`) REFERENCES `followup_record` (`id`) ON DELETE RESTRICT,
    KEY `idx_rectificati_departm_fad793` (`department_id`, `status`),
    KEY `idx_rectificati_status_af59f1` (`status`, `deadline`)
) CHARACTER SET utf8mb4 COMMENT='整改单: a complaint or a low score on a flagged item, sent to the department to correct.';
        CREATE TABLE IF NOT EXISTS `satisfaction_answer` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `item_id` VARCHAR(64) NOT NULL COMMENT '题目编号',
    `question` VARCHAR(200) NOT NULL COMMENT '题目',
    `dimension` VARCHAR(32) NOT NULL COMMENT '维度',
    `value` VARCHAR(64) NOT NULL COMMENT '答案编码',
    `label` VARCHAR(64) NOT NULL COMMENT '答案',
    `score100` DOUBLE COMMENT '百分制得分',
    `satisfied` SMALLINT NOT NULL COMMENT '满意',
    `contacted_at` DATETIME(6) NOT NULL COMMENT '调查时间',
    `month` VARCHAR(7) NOT NULL COMMENT '月份',
    `department_id` INT NOT NULL COMMENT '科室',
    `questionnaire_id` INT NOT NULL,
    `record_id` INT NOT NULL,
    `task_id` INT NOT NULL,
    UNIQUE KEY `uid_satisfactio_record__9715af` (`record_id`, `item_id`),
    CONSTRAINT `fk_satisfac_departme_701a4858` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_satisfac_question_eba55b1e` FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaire` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_satisfac_followup_ff53b3d1` FOREIGN KEY (`record_id`) REFERENCES `followup_record` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_satisfac_followup_3e85d6d6` FOREIGN KEY (`task_id`) REFERENCES `followup_task` (`id`) ON DELETE RESTRICT,
    KEY `idx_satisfactio_contact_d83c64` (`contacted_at`, `department_id`),
    KEY `idx_satisfactio_departm_239ee7` (`department_id`, `month`)
) CHARACTER SET utf8mb4 COMMENT='One answer of a satisfaction survey to one dimension-tagged item (满意度答案明细).';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS `rectification`;
        DROP TABLE IF EXISTS `satisfaction_answer`;
        DROP TABLE IF EXISTS `satisfaction_setting`;"""


MODELS_STATE = (
    "eJztfetzo0iW77+S4bgfyhGuCr0QUs/ejbCr3N3ecZVrbNfdudveUKUgsdhCoAFkl3e2//"
    "fNk7whkQGBlJJzPni6BCeBc/Jxnr/zz5OloxPL+3CuL03PMx375Bf0zxMbLwn9j+LFM3SC"
    "V6vkEvzg47nF7saZ2+ae72LNpxcMbHmE/qQTT3PNlR885eTGJsi0V9g3ie0jz8cv6N3Dem"
    "SMjIf1dDwenJ4hw3WWKB4W+Q7STU9bYPeRjvds+gtk+h79DT/ajke8D/Bg3dHok037scNn"
    "rG3zH2sy851H4i+IS5/0x3/Sn01bJz+JB//8g37tCrv+kj53ZursxaJh9Rn2T+j9f+R/gj"
    "FWP2aGSSw9I4dgAPb7zH9Zsd+ubP9XdiMMPZ9pjrVe2snNqxd/4djx3abtw6+PxCYu9gkM"
    "77trkIq9tqxQgpGggs9Lbgm+K0WjEwOvLZAtUAcvkPx2Mpt9ubmf3V3ez2YnBblHFCkxhT"
    "9pjg1zhr6qx77+EV7h/aA/UkeT4Xg0obew14x/Uf8MHp0wJiBk7Plyf/Inu459HNzBBJMw"
    "VXMJcAI4X2DuJ3rFN5eEz+EsZY7Tekj6IfqPPN8jLm9ifPRDwvlkETVn/cnDWhn05/QvJX"
    "hYjxVjTJeBYozy66ZEIPSz9Rvbegknwgbu3199vry7P//8FUZeet4/LMbV8/tLuDJgv77k"
    "fn03PoXfHbprBPtJPAj696v73xH8E/3HzZdLxnTH8x9d9sTkvvv/OIF3wmvfmdnO8wzrqT"
    "kb/Rrxkt6ZzIX1Sm84F7KUBzUXxmNjBLNg3nszcyHiXGoyhG+fzIWF6c2eTM+M9u3sbPhI"
    "92v+TMjT5eYC5V4T6XexBZ/8fnWH6C6gDfsP68lcw1efKkp9iX/OLGI/+gv6z/Fog9T/3/"
    "ntx9/Pb9+NRzlJfgmvDNilPzOsj49qKps6rM/TtcP6Kgvv5KT2sku0DyqCoaE2Yf1wUIH1"
    "w0Ep6+FSlvWxBjSDfcqroW9wKF9XPtrif38r9o/ngz7sfWqvohBaUUkSps/pwVFvpicUQs"
    "9xhUxw89ndH1eY3f38EZHMbriUm92+T2ydvsGM/VKD4UVKoRk/IkOq3421OWh5wyHT9XoT"
    "cbYYv5mWlSM9KDVL6Y+VeMOpqWYdrlpV1LGzxm7NCVAgbmEKhJrULmYAmFtyBlAh0iFNP3"
    "QRFbfgS3u9ZPK/ojzAtkZ48yA9RKO9eGdyV6ewDUdyn0/pTDB6RpPNuIqmXa5oF/Rsy/Fm"
    "On6po+WlSRqpdzvjeka/ng6m+1TwlnTkWeg7pOah5ui1lI8S8gPQQCbTSWhbAvuxTheD0a"
    "cbnzrp9cXQRnK8rasXlpAfoGgaaeiDSRUVfTAp19HhWlYivrakHPUI9kjtlcKjFVwWAz1S"
    "0VVFoxqiMuoJuEzSjK27Rni0BygUMXxjwEzvxdZdZ9lseRSID0YUdK+iO5bS60/FXB8xZ5"
    "sskALxAYpFjBXirIBD9FU5eu2/3d184csgS5U3K03NR/+DLNPrzIN58i/G2tbgBdB8bVq+"
    "aXsf4Hn/Wl8448EInD/qwAARsfN9pOmgESva1tYmcDBjaEaiePf5/O95KX28vrnIW5AwwE"
    "V+9eDHWsKK7j9cMVUOf+9aFBC+ah4GLVIfjIOmDYkcnCtGA++KZTVLf8jRHoykw7jneIRH"
    "4ILr9aRzthggqZVrlCcT2DO047yjlNcznwhWkbcFut1FVRt6O3VQB+e4agpJy3yOUgBqMT"
    "lLJDiHxz08pGp3r6fsh8PP2NXrsTdFIfDWcBJb+8Mh3h1rId3T+MHNTQynZZHTvzouMR/t"
    "v5KXQpwkx+Awd/drMtLBzuM/o2kV/ZrMDBc/x/myucVMeUE5QHzGjVt6Qt5efbw/KdmaW+"
    "D0p8xgwjC77rZcldmF46kCv2E72DWnhd1CqjI6tYdWYHGskbXA5zsfG4YwLK5rp73K2Lzy"
    "muEufQn05dv19QnbpudY+8HkULJfx+UBRa5fhKS//vWWWLgkcB1N7CieJM4OsjXXc/4e78"
    "eWPPrVsSzn+dvqng51rGyiLz9zycpx/S2ZdY3nt2yc41nFbD06Aye1DjMrNHuJk34089bL"
    "JXZfyjl7Y5N7h/6psmDDQe+SMY+Ezen5aLgOPeZX+JET3ajPtM9ENzVs3RLNobMYhv4ajn"
    "wkrIP5uBwsczN0iW36mXo4HBBH5XVr3fQvnwgboFh8l1w921h9B/fNSHxjpfo7RkR0hAPP"
    "9jumKLLsAMwSowloNIaunn5A9wt6+2plUdGxex3bekH0cS4ybY/QnQr5C+IR5DrPJYV4XT"
    "6sSkUefa7jhmd9VIHnEs9ZuxoJ5ihoCNEP9D52R/C2EU2tEr0L8/GtVOlNB4PhUB30huOJ"
    "MlJVZdKLLeLipU2m8cXVb2Adn6Udoa/X8jXIKN5hInEbJTtv3D2dWrpVXdMpErF9T0mQFu"
    "Lr8+rVWC279wKO1S6QyFAJnbyQZ3RFNnectpAcME0SohPq3bF+y1nehO3tlwR5a00jHs++"
    "chyLYJs/21NUOX7PKVlXDI8OkN0GtS9ubq4zB8TFVe5g/vLt88Ul5TtjO73J9DPndcLsgp"
    "pVdXcpEAq9wShzY0r1WW1M9VlVU6H6Sp3Mm8z39hPV0optEwG0WdTcOftFKWgudTWUMzxF"
    "IjSzJ3OGHjDukSasHihKBV7Tu0qZza7ly2kNx+VsL+X5ZAnFVhllYjomdpY6hg2fuHXYHh"
    "NIrjfnurmqs60Ed4u7o1R3OHS8Za894s7wIzcmXM7eLNXRsbmT7dol9Du9ujArWaqj43Q7"
    "E7qQWlIexKwVTqnp2f6IrdDNf8LxbKeunm3ybGv0vpmb3FjJs62b2EIQ4V2ufHA1T3t9DE"
    "qLrsNfgDxSDDolQ4g3f0EQQy9BjsHw3pgf3UPY1tm14OlUivS/DOISaonzfdy7eWwVb3c2"
    "GcbzsetLmDkJM7cbZ4+EmYt4KWHmJMwcF2ZOd80nntVUrvkkFKK7egdkEqA/bYt70b7bd+"
    "U6T6ZOlXWmVdRTPXm0rSCQ7PcA7L6yfzX/SRU4oxavE5KuZnuByY3qYaGWaDxk9UPqEEDP"
    "RqoGk5/Mo2LlpjBo7du29no5h+lrrha8reee/CxR9gqEgu9AkwmeR0II9iGoGH9YG0YPdq"
    "a5NoadaaKyXyqWL286ey7/fr/ZvxMfPdc3X36Lbs87fbLCosIgtlcaGuQLKkN0dMZx+1ER"
    "ahf5a04QsFrwNaHeIatN2/RNNmjtZZG2RtXBHBZBrxmQQgfx2MRCrakbZykPRzd+k4XH2P"
    "aeidsMBDJLejBlx29SzoSysImQ03RSwiJLWF8HuCkzj9Cv1OuACfJId1d72+tKV2k5H2+B"
    "7cf1ihqba69Wzkye7ujUwPYNo9jRXtdMLRAeHbM7Cf0dea3+3rYMDyo263E1TSJwnvTeWA"
    "oli/U4mqKQDH0V6sAP6zi3rFWuWRYqGI+rliynplaFWvAjRpFonbO1sSO8qDheFtlv4mv6"
    "eCnh6n5yU1IgEpzclCzERHluShZB5PXUlHOkWaYN5a8oIYVEkQSmA5JD6NexH2NIiVPkuM"
    "gxDFMjkCsCySELx1uZPqay+UFeiI7mLyyFBDDOAOG1mJ+y42e/nqQiE1FkIopMRJGJKDIR"
    "ZZ+JKHWxxNuFD++kv2H6SEtDhgcBYHpK1Yn7dh2CrFtwu/tS260lELY2mBpV27B07O77Qb"
    "+2acw3ot2hoy9S2+oHfDPLIChIHAwaFSR2kIlF2Vdr4scEond9SvFcGSpBwF2MvcZzXH/m"
    "uDov+6fcQ5ghEjZOAyf8cDpgzSerJhu27Cs0vRnU4z/xYJI2VZVn6ISuKweVegT9BVRlUL"
    "Gt5G4qzKk92yCg4G4ZT9hdUzPSoxaMSrC6H6DlDQ7cgIsteMLEhPXchvPVnY/uq77Hci8Z"
    "p4nzlrCB59E4gmqU23E/s28wdu6DbweHS5s1GhempdNJux2/3s6Kz+bAWSbeHis25t05DC"
    "fUSg2AOBQyHXXEQYkjW41NZLmifNh2qsWsCocTZrG2y62V69CXX27JrK/BKOJMKViP0x6s"
    "xFFv3NF6dAk1X4wQrXNLBt6mxxKKjRN9MITjwZh3xEaPfrNnBJBusyDdeUtm3qVGPGcDCs"
    "XRbrjIj8zXYptQQfk2GbVlSD1TnuTiWQmvP2P75d6Bvy1nQewqfqD0oYpPZcjELVp97Gtn"
    "uVyD+NtdmJdEn2VZnMTqg73AcZmkfpCXeLKHlmMsxfBaoUWHv3Cd9eMiocumL2Qsz4/ndx"
    "/PP7GA0ywfRv+zYmZFoJluTK+IldcqORYzHN/9eqaF7UDaActHgPyE54WpLRC2kbP2PZP+"
    "5r14VD9C8GYecmyW2+Cs3VRuhJdNjshGkgIdV+2P1VNOqsUOH/5gP9jnkHpxhjC6vrpj6C"
    "EY/fr71S3yiAug2Uv8ggimbwDPQ1COrUEDnsmoF81xpT9Rgsch3TQY1ohvvaB3vX6vf4b+"
    "/uWvMPhw/B7Q7inbiftg37iP2Db/OwDoNvXTX4JHsAwRxyPs2z20cmBZIN9heSPwpcknno"
    "V8+UHIymMJJM6zLRNIZAKJQBqKTCCJeCkTSGQCydtJIFGmcNpOe4Bkwj+Fm0R0O4B0cPx6"
    "2SPh/eLWKcFCU6Er75hMe9vizLbP8LfSznUbH27HEce30LaxCxf6Wa0WjpEBuK/8/LgXHs"
    "9+TDfK22A5Zm6rihsZkIAhgxGdPS+/oGdCrTXXRlcfP73v987Q/cfP9EaPYGrmOC77p/di"
    "665Drat3sGVpIK9ef8oxDbt6CMda+iMJCMMdUeaaR/4RgEBm8CLZqSyxIaVFJS0qaVFJi2"
    "qvFtVh5Sc3i6XNNbb+sS5eZjIckNUPu/Du3anz/a2YDdmxESgeVEP00f9FENQczrP31SiQ"
    "aDmLdr/+hC5M2uoKh6w16VCb6x7o1PRmS/q8IotfS/+OqHaY/B3/crBdxWLrpmZnyByZyI"
    "6YnZoqG1wuGUNyS4+LgNnFrcMe5OeYWNAHkfvhI5ycm9wrH8OjtYKLZRYdw5VAECAuHmIJ"
    "JM4Qy5y72H0JvRuJepgOfJPp8PSX0EeS4BkQ3YTBC06TyGHCBUPYxztwvTSRyp64YGSMW3"
    "pkpEdGemSkR0YQj4z4Nun2XpitItvSVm3ii9kKF6ETC/awXI8nYdCspj/mRDyf48q0X3iO"
    "gw1wCDGFuI4v1gzI0OghohpD+nc6hX4ocwUaA821RqAI7Wd0yKr9nXpwCl6GfRnBHiQzP5"
    "K7sOE21w7O3XO22RQO756leni/bg1D8jVo3tMxNBFStB7IiejDJDfgDGEPPbum7xMbmTaz"
    "WC8/3xaN2u2GkvnW0hbdu3okbdETaYtKW3STLbqgigdlwLo0B3VDa4gi6bE1MGxfP0x8+d"
    "CsxPS5UZDy3nkl5EIr7UofErADNWLcY/gh/bmytebYSZ88Hw47NqE1Z+3yWqWUy4ZHK7Rg"
    "Au+BqkwBm4RoVL+bGFrF7pK7FkyiDzdaNyXkQosnrX6Lvm4S/jJsPw7QQBXZJLQHIxhlCL"
    "lOynhY0dG5P8EsiZ7CwagvnCz94QiIDKiuRw2oijCOuxaQZz7azTpVpglldztxdOyiwSVU"
    "btHBuzm28vlVykK6scm9Q//sIgdpr+LoMgNpK4fq5U8NOg+Sz8TzMJszBX9q/pazTe5UEt"
    "5MT7Hk7gq5RcEme4Y8QqVFJ8H7oHk5dCnBvraIvJ7O2p87PyFBx7TZfwSZQJShLraJ/56B"
    "r9D/QNF78HKIOn0WN1dINxnWVniikwDPKXq8TB6SDlvpsJUO233NBemw5TpsM3t2k8SK7K"
    "Yvdn4LlT4Uro/6jdKIOkisILxmBxvSKgi3z4FQbBbGNR4rHgUGX5iPmyrmYqpjKr6YDgbD"
    "oTroDccTZaSqyqQXaxjFS5tUjYur30DbyIihWP5SnqrFZ/shVIYKUym3wi+Wgzn8/be7my"
    "8lO0dCkj+1Tc1H/4Ms0zvE2b2BtcCMze61vCctd7rCADz3GvbXbq3szwzREc7wTpI9qbrh"
    "rzmO/2paSUK9Q8/yitg6cK22XqIO5mMIyjRLb25fL8E+oLP7HO6XOxdTJMK2YdqxNZ4CJH"
    "Zdh6PplcdJYgJxAyOtuN7bCoEIkrgZdSO4JZrjZr1a/DvONnkZDXbvejVzk5tfdTL++wL7"
    "aEEHpVNEBycf4NoGI71frxCVjU/pf0EhhPsZOAA1Z0lHAvg9+m8NW1bRn9jOsIAH/F2zWD"
    "fz9drUvyPTQ/FkBjRi8D0GNyDPgc7OlkkftMK6R0ew0XoFagwydbrZ0HEBCPgv6PsTfSL9"
    "/O8PdHr71Br1goxSi7DCxwjKlz7KWwCKr+/Q6ytK49iQcorh7elzNHqnTQCT2DOtAGPYof"
    "8KM1JlGqr0agqgokmvpvRqSq/ma17N1BFTnAzfvl19KtkUsmS5mQA/fwDiJjNAhLgsT7KB"
    "9yEQVVoI7DuzSmx4ytY4xlIUwkJQ7c0mCBWkphZuilxkl8IJJE4BqtdkPg8rfgBDeaoJYu"
    "mWNTIqd6WlSHbvSjv5F2Nts3ALmq9Nyzdt7wM89l/3YLx142Cjlg5nTfxK1f4yj31EkZOG"
    "ASQV5HA4iWqfbr5dXF+ir7eXH6/urkLmx8cuuwg/JUWNt5fn1xxM9lrptDGB9ETUTsYEm7"
    "dejl6KQuSmzx/pawYeDGRWrZRu+fgMfCL0iTOXcLp8lXvjC4RHMLGzx+RAUSqck/Su0oOS"
    "XcsjXzIPTzNjO0d7OCbWm8wvXmHfbNCwPk10TKHz1rYs+lEevIONTZfU4y6PVPKYw+N0z8"
    "GKvE2TCHzo7o2l0NC6HkdTFHKSvg5g6odtvnMmT13s0iPtGn6WKx5ITa6SugHOWdYCe78m"
    "Ix0pZ7NHeAXmlnTYrc1asVoat87X9AFTgauZs74F7v4tP96RTl+ejlQb2zi1c7gO5cdyyy"
    "bnX4NRjmdyZzeAN9UUfnve1co9yfg6fNMoLbeO+BvVGb7O5dv8gEcyNxum6zCNaUOyTqRR"
    "VUjViXS5ah3dPG1B9LVF9CiBhvXahgs+foF0GPhvSKyD5uv0R7IC8O90QGVEDIYVifsl/d"
    "zaf8Tr3dyi4Zg3mo7IaemGPVafGO3TSb6mToem/3L9E0rzx0mhD2Dqusy1kbk2MtdG5trI"
    "XJt95tqwDb76dhvdLrJjCISNB31IVFDZATgAKOzxBPrdzgcaIMKQHvs9sy3Qq735nhqTUW"
    "vl0cVLfiDs9WySFLno2SQTdQrCII16brefQQKgCDaxmjI+Rb7LShX6oOhdGmbyhLW0Rq8i"
    "EFLnjRFlvdDeeL/nVLYdJT2IncmmAWutGdUzvObF/IVBxJaHMtRhHeiTCfz3FHqHjkmzfh"
    "WtyyOxU7kaMl85yhBtUo6FOpIVMh1lFwc9Fqh+pEy1ORwURIGF0t8eMQ/UXQ6bCa/WfDOT"
    "Cbfc/JBYPB4w5XPO4Dw7ZXHoqmli7eVIJaygOHZc0aiXVb8t22Q2+enPQhY1WDwccrmARF"
    "5A7ORuBr6aoZRSFlnK1FRZQUS5WSJsllZKWmRJC4WzewQpcBylsmYabI5KZmsWGVsImFZk"
    "bYFOTluem12mxsvU+APlcZSVUTOXO0slOft6PvcGKPjayZtbgcGLoQu2BQcv07p3lNadqA"
    "It8PdTZrAjZXFBearA5XSSXFuVH6khj5TTueNIptOLkE7PM+xa4PSRl4XkjNktShUANWDL"
    "vPukov94GM7BC9iSS0X0xiNZ/PlcMln58gqPYMnBspw5nAK4Omw61lKM3NpLvnHLafUW+C"
    "XLqrbg3dKLunJty7Oll2oGdiTTrFYFWtNyqsgM2VRSlTJVqpRVpW+v0GgtQSamZHa+oilJ"
    "7j79JQQHjhuTesj0kY9/AGbx84LYZ2jhPCNs6+jZ9Bfh3ZFu7PEar+302RKRWFZJ7T87TV"
    "ZJ8eLHskrqbcwFTjJBQS1h/1+YBeUoddH9glfjpMuklFEPyqSmRqMM7PYbgB1iSdSJRmzf"
    "bVKaI1hZ1BJ6zM7ctcXTwsvBdXNkhwuwC1U6c4WeitNebworZNxnlfTjauLZII6OYHcDlI"
    "A6skrTiCEoeF4DQWXL2rLVnA9rw+hBeUkflJvpGNLt6UZHoLphAIJVVFYJCr+oeKpCIQoZ"
    "MqqKlaC7FrUsWBRjhwzc/yxmuHIsU3tpKhHuQDuUjeusbX3mOnPTri8hZdCD9dYf6eJJyP"
    "Rm4DF74rUQdRyLYLvEVk7T5QQxp4RdSSKyo3eb1ntxc3Od2aQurvLQ2N8+X1xS3jPWJ+jk"
    "vCJ203FNn7MSynPrUiSyAqXQY+KZfvusaUpoCbXMupX5i7vi8YYsu/zsLLK821wlwWZ01a"
    "yDkkUtE2lESKSpkuwBCHMtpTEcGVJwU3jF8PMh2LrELgeKuT7A4m/xkJ/DEY9jN+EgLBZT"
    "vziz8zO2X+4d+Nty7pdY0aUNWwL7rlkuGhp/pQsziuizfHJowErHZfP3BwHHeAZOOJ7b4b"
    "VCwDS8z19QK+1xkR56ls7Uy+xHH8/vPp5/Yl7wWYH9f24MAefmPScAXFwZFcK/nBX6ehT4"
    "d+eZXnIRbJgoGQEtsMcis9DINgN++e5hrSp9hq3Qh+iFNhw9rEfGSOdAa7Y5OHTFvXwi7k"
    "uAyQkelkfohkuo4An6Hg43C2X4nT1jTogdP4hFh6Fzbvw0zELJz9h7sCGQTP/hoe9JVOk7"
    "gkgL+h7PhaiD7i9sGKg8R+7aZnd59Dus4NW8+N08k67eB/sdezJGHjaIH7TLtfDq9AytbY"
    "t4Xvad6DsQy4iGiLrywjewlzVtZNDJhPAjXTgyti1j2wKoJDK2LWPbMrb9Wmw7d0DVnRAc"
    "8oOaFYpuDB7Wk6k2YrsF/HffGEaBo7EKgKHjOcTJ0wpAFiIrCTq1EjgSfAYVt5O8IlJ3Dv"
    "HoD2oSpadPMB3SqRUB9uw2289RTpb9FzIfvL5XcLCWu6CK3pUqxYyRz2SHpYyiugAqFzJG"
    "BvifG9xXNXOzr/H8lqwc1z/h2OTJxbNN5jhl+MxN7quQhk0p6BbhO9S0DQjBDB5PNLqBTf"
    "EEzsUBViChYoRPkeE6S2YxXl/d8fKqtxvsdWPyj1yldPCQQFOVvSakpSktTWlpSktzr5bm"
    "wvTCE4ir+5WnUxcI28mP2u8m3HH+NPDsyfTMJrxO03WVilbg9Y7aq7fP6WMtDkjpZtvlp7"
    "fPcm9FNLrplyDllyQ8p2h2mF+5m1k9HFRg8XBQymK4lGWxS1jmQ6OjO08rgVLFOZWLKlra"
    "Uqot6AyplLPIcl5gb0Z54Jsa5tQPbMyJzpPuMC06/uVg86L3CUQs2HKSgK7i8nVDsq7Ea+"
    "wQr3FfeKOCbQ2VcdeqwY1WycWlZyv9hC2zcZn3HcY5ojndKc5MwrCyWEbEzddiGfF9lbp1"
    "0/exXnwCDbQxRCPCMMRZkn9H5xn6/eoO+ZBA94OsfDQnnqmTIKvOcZfYMj2ioydsrQm/X3"
    "cXD+F27E4iOVTvWFKdr9ClW8Y8ZMxDxjxkzEPGPPYZ84h25xo7bkIhS2LzBp9GdYE6Tt/o"
    "funwfdXhe4xhDGFiREybm1Hdrw6HM0RHN4P7g0kVyIfBpBzzAa7x+Gyvl8Q1NY5BbTm4ZN"
    "stUOYYbgDpwZrVPBZ/uvl2cX2Jvt5efry6uwqxauKzk13MujZvL8+vc/ymn8lRcsqndHT/"
    "0c3mLgJwBnGJrdXeNgqER8fsTraOhG2Ww+H3hq2jQCm3jgpbR8K1hckrO6nE8IhUcrwCxw"
    "0LP/I3ktdhqiLaHe4lgTOs5o5ywmpzAOaNDKF+Z9JTAUJMq4jc1zUoFbCx7n6epjm+rbx1"
    "Fm/IMCy1uTclF8qIIDd0Ermft4xYZYoXDozHVUNWmdlVO17VZSzmM9EhpSNoiPOr69j+V8"
    "wmTiEwU3Ln2UYACLhttoruezVKAyWWmgKb9ohu3dPpdMwyD5UgmgIQBgHAQfBx8Cv8C2aY"
    "TjmB5i/wb9NF4PQ5QytrHUAYGOQZPRNA3ndfkGMXAzc7fK4ERZBhm7276mXYJuKlDNvIsA"
    "03bBNt7nX09DTNDvV0X1vOBr3+tL6hlJx0kaGk9JsZSu17v4LNegYbd1EG5ajmOTIxgM0b"
    "ItCnxaPMFRVwKOZKjEwxZMj0sdioEmP04e+k1xcZwNx3fGxRiXm8XRYqNLDFF22WMC/ZgP"
    "JDOMJxuX4uP159Pr9+1x+cDXLJxpE8Rr0CPvkek46PT4VsCWdhQ6pnTaCFrRrLHwTCQpM8"
    "zy1tYXt9wrV86e9nm+zcZXTH65gKNoIOMS+RDQkfaSMbP5mPLM30DHkL59lGvhPkCjoW8d"
    "hxRXQOpsKWg0lbVNqie7c/pC16Im1RaYtuskX3m/PWxZYLiGlDXYNuS4qSNlya2J7tJ2v5"
    "ps/rpVXO8ZhA5Fy4HNO36/fXvsFvajy1uJzn0f3iRkThdBsbJDDSxZjZK+xzMi3KmRzdLz"
    "STAw/JVGXN3dQh4HKqo0azetDrVeA4vauU5exaDqsCYn+OqwdN2yvqzFkiYfPA4dAeTlm2"
    "xaRq26+WM8KPv80X7COjAeCIKoPJ1k69Nht+YbdB8bV7EL2oTlhbSGqUqASr6ZNzd7N8Y0"
    "G22049duTcOAaeV6/Qdl8t0K5SPqwtTEt3eSBEdeqH34IEtq0nTuUdOdyWxLUb1Nw6ljDg"
    "tCes66zBUKT78FcHEPKBOth62nO71kSfnm9aA15MXsMaYHlJvxogKbaoYb+64VPaak3zxf"
    "FNjZxw/LPhlbNNHlo7uaeKjxZbxPUR5UPgUzWBxHdcDyBrqd3EEOHHYENNhyAwfaCcoaiZ"
    "8Hg4JsyhRU3aiaEbcEWZG1N235itL5397TGk+dFp5KZd275pIcph23m2iA59Whz3DN6C5/"
    "kV7BUfbIzoDNRNFvlk6VEvnk+WSMM28ghBxNbRu0x3GvrqLqE0mmmZQfcd00MaKGysAw08"
    "yfTZLYAKLz3W0mMthhNFeqzjHVt6rKXH+oTjsf5BGV3HzRTdL7j7VNVUWPmDwVwMl6lFng"
    "gHya+czzHBDv15VF+0gUn1uc1MkKbcbr+u5GijAkEO2XQyrehc2kEt5tzROW3k76nqyGd1"
    "dL/QfmqlP2GZfPMWOkRd/v0+cxYUMvPi8+D65stv0e35dL0s03Wir1eE2XY1ZnmWSuiYoz"
    "Kc0/172td0OKcHjbCsO5nuaYuqgQLFIT8YJF7Y6Cdgjk7mePS2G2PRoRzrqSEOc4b0kKQ/"
    "6RMMxzyGnOYei+FNwf3wlmeCt/RmHvio68+EHOkhzQRVJeB2Mkifyr3Xx+wX5e3NhK2Sjd"
    "vLh42gejku1xSKb7nPNQUaXKXZ2Iq4nmMjOMnilFXAyYQuYT08pBtFr6echkCazwsMzk9o"
    "Nvd+vUI2IboHRNSk1hjM5pI1tbZeeJ3IOnxSlTZljJeyI5l0VEpHpXRUSkfl3juS1W+PJX"
    "oPshM4zdKH2dWnJqau7JRVdaOd6sMgoVYMNlPGcLMNqyE9JdQ79KatbaaO1XeqjXuDLbzE"
    "VXw55Z6cotvSdP0FFB9zZjkcLSXOywzVpmNFJGtN6YNeodL/gxOF2Wlqv2IO6KZiV3oq5D"
    "M8dYDlnBN3ppmrBW9ilzuGebSNpvXu/CEEzyH5wtAZblkf3JaGGlV9K3Oo9B4rE7WlGu9O"
    "PMkJ1xl76mz5HNKO5HVMzT5XlEGkwfLI04m9NMaD0Ry2mSE+xEUR8Lr2gsiRycXw6mKgj/"
    "Ox5nsN1gOHVOwloczndOormgIRlJ4ygiQFg50fc1xcHggAOUReI9Ryo8YdJ8G3fH2kSISO"
    "/qpDsL1HxsjYoj5JUarUJylKeX0SXMuHfTWCvUYOkRzpIQUbxnOVLRPcf3sBhoz04ZI/Cz"
    "e+4gTYWENVJBa7MSjTISC7XiW6nt4wt5Z7i1VVWabOXLrC6lXGlg4g7v7YUHfopF4zUrie"
    "sGU22RR59Ie0MwaadQAjRg175jAGXNRAmUgHaccDVrevDBUwVWFFKYPBCBSOKW5Lyzi0/d"
    "THjxz1pRywLrpfDKQ6eF4DpLogg1CdqxVTqnaNOQdO++ZhnyL14SznMBKwRfTn0BdnjWwK"
    "DlDbls1ht4Jp6073jQNDtaZAsawzY3Vjy9qSWx/pEAHAuDjsqqyZVGKSy75uSzb9yrJRvq"
    "2Om1U+9n60xKh7OtSxsinohAz9BdroY31kjRiyer3r0Ldfbsmmr8Eo4jCpq/2cblW+aZga"
    "48eWTLtNj3X8rIMc3CXxPPzIwyqow7i7pfc5GEgYlbLdRQmsotuXZbbAKbp9WS9HxKdOk3"
    "uJG2mmvPze5OrZxhTf7H3VsnxDCtYtBXlrbYGwh75/D9OFf1nbS3pcf//+lxCwFrv0LuJH"
    "bVc8UpLS28qwEmBA5u3u/UySebsRL2XerszbfTuQuGN1RHXR6VjpiQeJe6SZu2mWbweI20"
    "EWr+usV3V4HhMIznRlMAWws57BAkY9mOdEq7qndQCpsbt6u6PHsUvW03bmdGSoVMWuS/T/"
    "mgh2CWERx46RZU2cSmh2sfFWbn2FTiSe6ZX4lzbYXambquDZ0Q9Yk6CbZWgPIcptj+jItF"
    "PFjdjWqXW0pl8BFY4Y6WSFXX8Jt7OKR2peQ5HkVCEkwAthtdqQQjHqjU+5DUp29+QqpZfJ"
    "sKG06fLy156sxpRWnbTqpFUnrbo9N90kT8Q1/RL4odcr19L0O8x1sx03bDlYMyNYh9K1cW"
    "8ALVBwj+0OuFH7zfbBzsKDsakgYuodisFZkQb1g+oAEujHvWaGdvuMT79ggfvlhQs5MsEt"
    "wLQeNx5qYA0aVc3uXZckuFFUqaooYgJx021h3k91KC1koFvKWCcB7JLAIpjpVLtvgoyVpT"
    "2c1L20XILi2gaW9QGqBUUdMQgQN8NFS1MerOzfWMpmWvag0RnNhJ8jPRjp180cOAo5F1wz"
    "FX0uBbrd9cpqtq5jt1X6DK6oe7bcOiv0yNVt4JQmEpzbddO72uZwkO9bj8EZGoE7ZO3YnV"
    "hUB+YvdRmbo5PMLTIX0q7rsTVFIRlaZGishdSdrkVCyd4KjfFi0NEsm2t3xkthnB7scbYh"
    "vJrriJc+00ta4uV3iRZ4XLNAQ7CpXJW7qQ2yAmvduKqnJeZWLhM6UPZm9KUKDE4shhaY/C"
    "kzmDAbxTZWRlW+FyyvSpM7UsFa4P2djw3jmOd1Tl2twN+UziAZ/BqDiwpW7WawXZZo/G2N"
    "XWz7pk30cAvnpAsVbzrblDj0j+T2WXLQVCncCO5GhusskbP2PVMnyAdsdM1ZWzqyHR/NCf"
    "J8Osf0M/SDrPwAPx3A1QMEkrCno0uo9IjOq+Lo5BmcvKA/Tjxn7QYzn25fYcSY/PSJa2ML"
    "5sJ/yqoPmR+04yNb5gfJ/CCZH7QxPyjetaumxCcUImdEVN94O24omRyGVRmcUIjMYAaUOS"
    "WAW6UMIySrxJnysB72AO0qAGecjqEJVfDLeKLRJTjFEw3gjUbTOqhWnQsrpa/UkViWTGSx"
    "NVwXnbToW+EXy8EcTpdDe6VIdo/utZ+wcyfoXWUIiJtSsHYPebinOH8nKLy+T5YrHqBMqW"
    "mTJtldTLgvtIHzpjs7vskkFu/F1mbu2q4X6MtRySjfq1G+iGNt+DjpULfrKqBEgrG4qpcz"
    "N7syLk76DujLt+vr/bk4iQffbWPTJSdc92b6hrPNrs38rRW8mk/EhdJOoqMMeVJrqAxV9f"
    "QDiu8M/JEL7CFse8/0N2R6yIa6E0R0E+oX8SMVBs+72emzuF7OCPUgHE96NaVXU3o1pVdz"
    "X3NBejUFxLLpuMYLzjTx0GyiA7H6IZeikOZtIWfU9K1aUzgmOKA5vB08UDc+Sdd5dPGSz/"
    "nXq3RT5DssVdSI7bvRy9SRxUSdUv6PScUeA7JCusB63cWGX5/zskRa0GY4u/YLU5uTB59d"
    "HgGJCQ66u0lQpw47T9wER4PmYYo6mUeBwmmvN432qOAXxdAA12EOLabCYOJ4SOAEgfaVY3"
    "XcZ11exy01yukk8uJpDnufGiJPkYghdHhsA6FP5tAZLoCnm0y1ETNlBRWTS+1Bw6rZeChD"
    "JIaoGq5Pqp/1Wdh+GjWmClpYiSi2GliDsmuI7BrSGZvIcgUIim2xKhzuWNnlUT54Bmbb1S"
    "x0xm/HubvUiOdswGPiXZcxo2wvEU7MqNBspDxm5BZufTVmBK5Llbkxh1M4aBTlF4SR5sAC"
    "oBxAjkv/SRcFAkWIIHq8YQTH7CNAXtJld4a8ENUSstazOJeUAt6oGDzaxUMf7Af7Pns1bM"
    "wRJNmbvoeWBHtreqKh+Us4EtYt0yZ/Yf+iJ+5kpIEWrBGG8ktQWGLhwXX6Fs8LU1s82EE8"
    "w4NPwJYF0wLBvg2RsAD2ZDKfG6fR64bFiR/QV+z5mccy2FCoCngh0cvC9yLTe7Cp1DDDiO"
    "V89YLSw8OCyqgRGbJOwMb89AO6oaOuiIvoZz6Rl7AiYXt80TP0R8rkj95f4o7KCJyMwMkI"
    "nIzAiVtXUMGVexA1BgycfazQv2TaLIIhPejHgjH6Rv24Y33CtGcNp3264viGDjnGsUV49T"
    "BgYGOdvaa2kKY7LF0hZXG+ZfDRyOatswzTNOLGGfNCHmJmIswFRgF+cyiwQ02nC286mUgU"
    "WONtocDC6pwMJ1Hl6puX/gu97HOO3/JdOEcm9kacFnW/Z7DoZUVzYdcbcexabbAa87SHtB"
    "yV4QhyWQmG2HLfGBYdyG97mUbO/Fl9DFEeqayDK2bavhWU7Ik+GEZLSqJkiwYrKgGdD2jL"
    "kIDOEtD5kNgrBmT+wcfBN1TPS/DmzsCbJfx4Ex7Xhh9/CxDO26jAVRkvIZwlhPNBM7gyhH"
    "Opn0IehBVZzXPRtICX/Xrjgxub3Dv0T01pNG57sFfVr/rO8nrTgxZzrh3GqWKqtWO9gsrj"
    "RndUAOP5L2eO4H6Wmquxc4/oBtTQQSlW0MxAGSlUG861Lx2C/1VV+sYZ+vDhw+kvLFd5Rd"
    "yl6UHRvsfyhBfOM320C/nBHiFelFaMIFuUB9ez57d5Pd1Y5g7L3GGZOyxzh2Xu8NtF7+li"
    "ywXbc6oP6N+BOtgWu6d92Gv2/zUYHt1/MAzfDmimfYZvTEUt5/vBwG2wYn+2t417jbBlBr"
    "1eBZ7Tu0qZzq7luA6KiKc5q8Z1CdkRdgkzk3Go1U5IhPNlOIYqwGFvCBWBlU+ZjtPmw/zz"
    "ojwuHGonYJu/DlJUORnMKVlXQoh/qafv9SeAWWKMt8+Kv7i5uc4c4RdX+dSib58vLqkImA"
    "ToTWZgv5aEL+r4FGoZvinnfWKjFWX8Gdsv9w78rerAj0cT6JwZq6Nhg0RunjuCfeYs5xDI"
    "frRLglSv2MNDl0nAWsdlsvlBXrKMDx0asfDCG4AwvOQvXGf9uIh/XWWemPGEfDy/+3j+iS"
    "l9swL/czneNq8QqbbMP9NxBJK2MiRhImFaw+hG8tGnV5U5sLyWtBlB5E6qJOdinV/kDN9S"
    "zFWd6rvXHruRbfy9VYXLGF1LugFFffFudFtyQDY4Tkw+FEe5S5MDBlLNw3nDEAvgfuQYCK"
    "P0QBHggO8gh96mU+vfhk3tvZ+gOIAnckwA3yjIEFYIHkcIY+PJaBJosOCn1ManRZfmbh8P"
    "cBL/7pq+T+wEP8Jgvvn361UIrHCGTJuBM3hUJFSg9PWC9zlDnhPAn7OrPryqb2oeeqQzZv"
    "VggwtVc9a2Hw0Ayu4ce+QD+s4wMPq93neAS4dr0UcDKkbvPb2CIAmZoHfs/zzgxog5ZZUH"
    "2yJPVN4MWgO75PQvDB6fvreLIBYLhtm01wOrWBlMQjyL4EU8eBPbQTA7Q1wKgMuw4YUYo0"
    "2iszfqw2iUOylesvvpyKoCuBkEMsFTF9/BN/jOCgXvdnqG6F+CenTkpWP7i+/o3f+n/3v/"
    "+fMZuiDmf1FxI/AenQbMCnjgu8Te0A8zE04AYfOaYAKgvO1TAcUOrGz8mKFcFELK7B1rIl"
    "1cmI9vxWE9HQyGQ3XQG44nykhVlUkv9lwXL21yYV9c/Qaqc0bFlm5t6daWbm3p1q7v1o7O"
    "gMJEKHf4pUhErztPAboG7m0AjGziZGofmj7qDVOH82mag2G9OJ7WSNmt5d1OEwnOc5XAFg"
    "fquhgBhSdsrWuFcGIC0RmdsoVEa3lBuUGsOkyPCQ6G6WIwOjI/i7z+1XJwWQvAFFGO3wZQ"
    "VeD4zspg1bFKImRsZTCEv8ZUDX7ZOmzw6ebbxfUl+np7+fHq7ioE1okVI3YxGy64vTy/zk"
    "sgsreLIrhbYssqb8SYJtxdzV6vvtIaewcqzvnA1hwO1HFsXcI/NtmTd5/Pr6+L5Tl5F0At"
    "kzFHe1CGwkSDaCSd+8rbrvIO/Dk1DpKYQPCDZKxCa4cRMSri32QPkk1LKTpH1NJjRC0mXb"
    "yNQu99F3dnWnHWYzWPVGRuv7GKzmPn6u7ruo+RoxvKZMvqURrXBx1d542zBkUp+SncIn+P"
    "rGFHnrv1KpHfQomsSGWxhfbjW7K80PlcDK63Pqt5WlQLZYXt1b6l00PuiO8HH70xiyS67a"
    "xyGomXong1jwS6dIQELHmhpPcGN11DGWqDIMv29Bf0TKfkwo/HiH3aXpRVAWkQjmf6BLFZ"
    "xPIU6O/51bb/N3qwdfwCDUXSXT6wB/ksUIPNElswKrZRCRp+uM7zGYLCDPQQLY6HE1mFJ6"
    "vwBNhwZbqCTFeQ6QqvpSuIXoUX/2dX+27HIdvwXC6yuLxnRIpEjK4RDRvBJtHzuHyir20P"
    "kd5RI1joZ/cyA2WonrMtQ7Y775BafwPktiWIGjMr08G0TkPlTlxIe7JTlt4F9rXFCc84ia"
    "5ttkiW3mwe3/Y6YIeN7j7fIQ0vV5iattCRMEKxWMIokIdMZ4L7ckavRA1HmcKOkactiL62"
    "CAd4o61RpeouVfe9q2tSdT+RqrtU3Tep7vvFc9h3CKv7bGKXAyNYrrXHBAetsydApSw/cM"
    "6qtpjCOGb9GoztE9U60d8jBabJzpinPZjOGnVDCge46RVPQGpyrV2X2GVtR0sNtRSV0JAq"
    "YCSDPQYlk5OpNmK6UFWrrOsU3cNrPKq72GgApyJa51Hf8TEnC708ZSW6X9hs3P1lVa15MC"
    "XlPp7wdmEZCdaSbkAocDBWo+DheD7oB8HB3flzslUTnj+jrGtwHudID+Y4PmGF7jjmfSyN"
    "rVWmgzukbfKzqfRzpAcm/bmUfuJ2qtvmpUAnu7xwsldDz23NDNYslcxirdDsJWRZkcv1ew"
    "ksvfvUaAfG58ppltk5VqWfQLzg22DycTdsKGyOtXP90qhtnocfeZ25L0LKX/96C4hV/DLt"
    "ZFZ/DgY6Hq7/2XGgMWIYP9SYYufmYOMydWMl9CyIDIYQVdRMnxP3A/quE329IoAuxuCVAt"
    "GwgKAHQUN6+7llvqxthD10s/avdD4yVntDvx54/OOEhVnDFRD6E+ohJMlwpAxHynBk5j4Z"
    "jpThyO3DkcmeX8cxn6USF2q+YWCyP5hU8QQPJuWuYLiW66tMeURmmrlaBACaWV7fk59lrZ"
    "VzdEcRCN60gi7/fr850hgvoOubL79Ft+fDjzzms4+tM89zZF2xfn8zvf1g0wq7eFkrczah"
    "ONwgfBsTv5sQ++HF/lbE1sPisJrq3hDqI6e9Xl+8SODc/O+a+IIJRSPe78x/PlYh5q0MoE"
    "2cooygxG2sk8CXfvUJvbsw//tKP20ihfY3J+K6jjurWz2RpRI3DUGYMyBgWMrdUY/TKcKj"
    "Y/ZAUSpwm95VDukI17L8xj54cXn1KqV+kzSJsDHyvYVrLII9MlvbvsnJ3nglDp4lPZhI6J"
    "tMS2Nh63ApNI16Z8kPRt65yLei9SFzba7X63V/FLOApa40nwUc8oOZBW9y1Xvr+RI6dTRK"
    "O87RSkmLLGmdWOYTcRtJOk8rJS2ypNMRxooqcJpE5iwVleCwDrUeU7NEkq0iABkeO0Nlbt"
    "1ucuviYvntE+vi8vzDmrpV077SR4uwwJAHytt6uJDhedQCd78mIx0nY7NHd5VpK3Ntu8i1"
    "3Rueyi1AB57wkxyDa2evpTi68W2v46mEUIWG6yxTqCdhUqJjIGftoijnFbAUgzKdoFBKVY"
    "lOfzFI//QMWab9g+hACZCJ0UDzlyizMe/R2vGjJTKLTIXce/qbTIWMeClTIWUqJDcVcuU6"
    "T6ZO3Jp5GjkycZMhubkamZNtq96QMmlSJk3KpMlmCTPQKYxrpW6CdI1JRJ7cJ1E6WACNov"
    "QnCrQwmDeCRlEq9UNVNvRDVTj9UInn104JyxCJm6R0wtLwAPxdU5Tm7TnbB9h1iUbMp0aK"
    "V470oDSv9FJ4y031nBWozs6aI/wLx7EItvmyz9DlJD+nhF0JO/6lHiZUr9eDnBo82FrCFz"
    "c31xnhXlzlD/Bvny8uqX7FpJr0C5Vhvf3ESqTfuV2/896corFbmu8XTXutN7tG097yymjT"
    "CeLzCuxMooNvkTWGwa5rEhe9C0uy4xtZXxdWs01nGYIXPi1FnW5vdOnjlD7O/WtX0scpfZ"
    "zSx3nIjWMO2Icjgb27dJBRVjw6PGzvaoWsaXqRGX6Sji/T/9ZUONEGg3kjj3zrVaxxrCPO"
    "ZKi7oZSPILhYiqGTMWaQkapqRKGTpv61DiCfqXo+q7sjZYgEF0dmlcxV8KqNehXbVHXt3C"
    "z15pfHqw7Hm5+e9Yk3nzWh0lgJ/oSBobOr0ymISNHQ//kn8ObP7R2dXYS5nrBrAhtrgVZk"
    "iMTArYDnHQ1uhenNoFfwE2cD2+ghztDt0EMcabK7Zf2WbuGC/7Lcy5bLAm8BhbJqCrhoqm"
    "6ZWzMzffeA1XkwfOrUYcvgZHmu2ghndoOTNr6lQu7qirge3XyfFw6ynEfo101vZvn379cr"
    "RF/O9s8QZZLvuGf0JV0YBetL0zZhbPorLyu1nUGlL1b6YveuJkpfbMRL6YuVvliuL3btEb"
    "euiZ6mEdcnC/b5mHmuDEg7EscyP0YfLWy2U30oEptX2POeHarLLbDHKRjd4B3ME4rM+IbO"
    "8U4QwGLGaQtsPzY6YEqGkLAX4hwhRX3CN32r1o4WEwidtDrpsXqEqQEaw4BVJWhTFZyJI1"
    "G2OJbkTn76xPZCG75efnyGVGhhKIMeRDvUIW5eHNK+AHQTW7MltXCdkmqd14OCuSF2CXE7"
    "/1lfDuMBmQQSYMo0ZHUbPaOJNNoPDB6/uxYWwmgAoT5lMNk6kNFiPq/laD8IZw1s5HtCJH"
    "wWddAlc6oAqjOd9Vgk3hvYhA7UlvNo1upOWqATFoIVDmMDihZUAgHXjFk3HVKRTPSBIkDj"
    "UjafGyK25mgPRuNlEJ7DUeJUiZYIlUrfGG69UA5OG2ZInGxRNYXxTBMf0jwYq1Bqoox6JL"
    "1G394MWK6hLo8ZsLPIoK15NJYNIfxBOZ2A3EcGAfB9ZQj64VwLs5JYfsYkalOvGmMSzRb6"
    "e8VazN0cqVjTiOfNnojLt6vKEc0LhCIfqmN1NKTiGCs96FUxmsAvg4pdh9s+PHWywq6/rF"
    "0UVqATuC4MXNJTnZ2PuGroodsKsYR7RZbXLhL7lBnsUDletWKsMPG26KoKwN30u/UZBNI9"
    "2Dq2TNo4j8YRRhLtprZo2LK2ZNFHOsQt0cKD9Qh55LKP25JLEZzjUXMK0Bxb4tNxwV7m8+"
    "7pyy8ZvJ65bVbZ12CwI2cV1QNNw9QYLyTDNu9VfsypdmbYbXrIN8G2FmfbW2Ae1MPvOo/4"
    "IPlE2tBIWe7rHamqlIqWPtFVInGqX91POvAssSo4/P6M7Zd7B/52YZHtKitL6asQV59DEV"
    "uLxhn75Fku4zrLABdmKbWysiyPU64Nx2Uyg47SPAMvFmp4AyMMr/kL11k/LpKfs5Z1xjb8"
    "eH738fwTcz3OCjLJ7u8OtyKo9jy4daxG2ZgdzYDJVB/QvwO1HiZRZalHn5uXd5mkgc1NZO"
    "yGz2ko3aj6tA0Jx/bHFgDme02Arytj3gfn5Y09qCYlIYOzMg9KGtarWQ4PveIEiKmiZ1Se"
    "B/Gpsbl+JDoqy8pIUkfpK9UkMy91a4WqEo+4VJN875k6QSwUhcIB/oKwjQIPN/KdH8RGpo"
    "eesGXqyLGtF/S8MC2CTN+LCOh1XoVJ+w94vdrkj4wgXfLk/AiyC/+zVh3Kt29Xn2oUoqzX"
    "pv4BaLpZjqkCTPYk+DPaR/VlkDkVxNzS0TT26bIwRRamyMIUWZhSrzDFJQYdbDFj50DtHH"
    "4+tbjFKg3T+NvH7GAJKB4hjZNXUrSHswzfZNo++bky6XANBJ2lPBwxQzSY6ICgMzemkFOo"
    "QRaz2jfeNhByShuuORGylAeTq/Yml3skK6oyePVqRYqUjQ5SwWTbdW2IuarD4+BucUtwhF"
    "FQoPh4xlAo6rA3S3V0bO6knDPtMKmYjJcmkc1sX0+/SxzS22XexcAyB8beqrl26XnFdbLu"
    "C5r9xdZu13wnbXjpbKN/lt40c9cVXbM3NkEr+gJhy0gbOWufOVE9Z+1qBL37/eoOPZnk2T"
    "tDv1+rZ+jX369uTxlS+vMC+8j0kW7qRY9si+NWcsSyUeFuKlbXb+KGlXBAEg5Iel0z90mv"
    "q/S6bu91Tfbmqpp1QnGEMCntW4X0yPPXnIB/NbCAhHqHJgzVT2xgWe01pg7mgNnQa4ZH3T"
    "4+wDP9TLoamNZRd6vL00pflzi7WPFIC6VFbI7uWEnOIaWUstBSplx3l9j9UVvIacKDkfFJ"
    "UJ4Z4Rwo0x7VYNQR4OIogyGUcI4nIwS22nbqzTFNkZSFWXOOZCkPR7d9kzuBAejDi0Zyzp"
    "EezG7wNuVMoFyjjkMoRSFsJf6OvUIp15rtEdjk6jjYUiSSoXmGhg6RGvxMUUh25tnpkv8i"
    "Wj1+pkkkQ/MM9X6Yq1UtfqYohGUnVJToxjBK6AlBZlSFMKxOAxBOxgNA72RQYXMNQ/XRKG"
    "4XNCKsE/oYcPWmSh8Sg+bEqANK04WY6Bnocxxx5d2bMkTiRrhzwlKGU+jSNCbUUBn2eqyr"
    "0zhEcWOiASypKaB+jozJPOpxVh0BdJP200UfJws/zjxCX4IHvFC6ynJUAkPY7G3rIq7ruH"
    "XWQ0wg7lpoRYdvaxYX0hSqANf8Y41dbPumzQX/rFEe/LdkoKODGukyA+GcuKa2OOEkIIRX"
    "zjblH+DknteyD8rZIFv9iBXbL0WtKw/ilePVHUMUr5PsOFhUNTgc3n6E3O33elUCdb1eea"
    "QOrlXsXlreDLO8e+kOWmHux3/XWtPLGmd/+4fZn/8LsUgy+A=="
)
