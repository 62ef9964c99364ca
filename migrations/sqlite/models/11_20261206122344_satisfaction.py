from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "satisfaction_setting" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "weights" JSON NOT NULL /* 维度权重 */,
    "rectify_days" INT NOT NULL /* 整改期限（天） */
) /* The settings of the 行风办 (满意度参数): weights of the dimensions in the composite index and the */;
        CREATE TABLE IF NOT EXISTS "rectification" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "source" VARCHAR(16) NOT NULL /* 来源 */,
    "status" VARCHAR(16) NOT NULL /* 状态 */,
    "items" JSON NOT NULL /* 涉及题目 */,
    "description" TEXT NOT NULL /* 问题描述 */,
    "deadline" TIMESTAMP NOT NULL /* 整改期限 */,
    "measures" TEXT NOT NULL /* 整改措施 */,
    "replied_at" TIMESTAMP /* 反馈时间 */,
    "verified_at" TIMESTAMP /* 核实时间 */,
    "verify_note" TEXT NOT NULL /* 核实意见 */,
    "escalated_at" TIMESTAMP /* 升级至科主任时间 */,
    "callback_task_id" INT REFERENCES "followup_task" ("id") ON DELETE RESTRICT,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT /* 责任科室 */,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT /* 患者 */,
    "replied_by_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "task_id" INT REFERENCES "followup_task" ("id") ON DELETE RESTRICT,
    "verified_by_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "record_id" INT UNIQUE REFERENCES "followup_record" ("id") ON DELETE RESTRICT
) /* 整改单: a complaint or a low score on a flagged item, sent to the department to correct. */;
CREATE INDEX IF NOT EXISTS "idx_rectificati_departm_fad793" ON "rectification" ("department_id", "status");
CREATE INDEX IF NOT EXISTS "idx_rectificati_status_af59f1" ON "rectification" ("status", "deadline");
        CREATE TABLE IF NOT EXISTS "satisfaction_answer" (
    "created_at" TIMESTAMP NOT NULL /* 创建时间 */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 */,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "item_id" VARCHAR(64) NOT NULL /* 题目编号 */,
    "question" VARCHAR(200) NOT NULL /* 题目 */,
    "dimension" VARCHAR(32) NOT NULL /* 维度 */,
    "value" VARCHAR(64) NOT NULL /* 答案编码 */,
    "label" VARCHAR(64) NOT NULL /* 答案 */,
    "score100" REAL /* 百分制得分 */,
    "satisfied" SMALLINT NOT NULL /* 满意 */,
    "contacted_at" TIMESTAMP NOT NULL /* 调查时间 */,
    "month" VARCHAR(7) NOT NULL /* 月份 */,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT /* 科室 */,
    "questionnaire_id" INT NOT NULL REFERENCES "questionnaire" ("id") ON DELETE RESTRICT,
    "record_id" INT NOT NULL REFERENCES "followup_record" ("id") ON DELETE RESTRICT,
    "task_id" INT NOT NULL REFERENCES "followup_task" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_satisfactio_record__9715af" UNIQUE ("record_id", "item_id")
) /* One answer of a satisfaction survey to one dimension-tagged item (满意度答案明细). */;
CREATE INDEX IF NOT EXISTS "idx_satisfactio_contact_d83c64" ON "satisfaction_answer" ("contacted_at", "department_id");
CREATE INDEX IF NOT EXISTS "idx_satisfactio_departm_239ee7" ON "satisfaction_answer" ("department_id", "month");
        CREATE TABLE IF NOT EXISTS "satisfaction_daily" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL /* 调查日期 */,
    "month" VARCHAR(7) NOT NULL /* 月份 */,
    "dimension" VARCHAR(32) NOT NULL /* 维度 */,
    "item_id" VARCHAR(64) NOT NULL /* 题目编号 */,
    "answers" INT NOT NULL /* 回答数 */,
    "valid" INT NOT NULL /* 有效回答数 */,
    "satisfied" INT NOT NULL /* 满意数 */,
    "points" REAL NOT NULL /* 百分制得分合计 */,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT /* 科室 */,
    CONSTRAINT "uid_satisfactio_departm_ca0a24" UNIQUE ("department_id", "day", "item_id", "dimension")
) /* The answers of one department to one item on one day, counted (满意度日汇总). */;
CREATE INDEX IF NOT EXISTS "idx_satisfactio_day_d840ba" ON "satisfaction_daily" ("day", "department_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "satisfaction_setting";
        DROP TABLE IF EXISTS "rectification";
        DROP TABLE IF EXISTS "satisfaction_answer";
        DROP TABLE IF EXISTS "satisfaction_daily";"""


MODELS_STATE = (
    "eJztfVtz20iS7l+pUJwHO0Lt4A0E6dmzEZKt7taObXkk+eycbW3QRaAgYg0CHACUzJ3t/7"
    "6VhTtQoAAQIItUzYOmTSALQGZd8vrlP8+Wjk4s792FvjQ9z3Tss/fon2c2XhL6H8WL5+gM"
    "r1bJJfjBx3OL3Y0zt80938WaTy8Y2PII/UknnuaaKz94ytmNTZBpr7BvEttHno836M3Dem"
    "SMjIf1dDwevD1HhussUTws8h2km562wO4jHe/Z9BfI9D36G360HY947+DBuqPRJ5v2Y4fP"
    "WNvmP9Zk5juPxF8Qlz7pj/+kP5u2Tn4SD/75B/3aFXb9JX3uzNTZi0XD6jPsn9H7/8j/BG"
    "OsfswMk1h6Rg7BAOz3mb9Zsd+ubf9XdiMMPZ9pjrVe2snNq42/cOz4btP24ddHYhMX+wSG"
    "9901SMVeW1YowUhQwecltwTflaLRiYHXFsgWqIMXSH47m82+3NzP7q7uZ7OzgtwjipSYwp"
    "80x4Y5Q1/VY1//CK/wy6A/UkeT4Xg0obew14x/Uf8MHp0wJiBk7Plyf/Ynu459HNzBBJMw"
    "VXMJcAI4X2DuR3rFN5eEz+EsZY7Tekj6LvqPPN8jLm9jfPRDwvlkETVn/dnDWhn05/QvJX"
    "hYjxVjTJeBYozy66ZEIPSz9Rvb2oQTYQv3768/X93dX3z+CiMvPe8fFuPqxf0VXBmwXze5"
    "X9+M38LvDt01gv0kHgT9+/X97wj+if7j5ssVY7rj+Y8ue2Jy3/1/nME74bXvzGzneYb11J"
    "yNfo14Se9M5sJ6pTecC1nKo5oL47Exglkw772auRBxLjUZwrdP5sLC9GZPpmdG+3Z2Nnyg"
    "+zV/JuTpcnOBcq+J9LvYgs9+v75DdBfQhv2H9WSu4euPFaW+xD9nFrEf/QX953i0Rer/7+"
    "L2w+8Xt2/Go5wkv4RXBuzSnxnWx0c1lU0d1ufp2mF9lYV3dlZ72SXaBxXB0FCbsH44qMD6"
    "4aCU9XApy/pYA5rBPuXV0Dc4lC8rH23xv78T+8fzQR/2PrVXUQitqCQJ0+f04Kg30xMKoe"
    "e4Qia4+ezujyvM7n7+iEhmN1zKzW7fJ7ZO32DGfqnB8CKl0IwfkSHV78baHLS84ZDper2J"
    "OFuM30zLypEelZql9MdKvOHUVLOOV60q6thZY7fmBCgQtzAFQk1qHzMAzC05A6gQ6ZCmH7"
    "qIilvwlb1eMvlfUx5gWyO8eZAeotFevDe5q1PYhiO5z6d0Jhg9o8lmXEXTLle0C3q25Xgz"
    "HW/qaHlpkkbq3d64ntGvp4PpIRW8JR15FvoOqXmoOXot5aOE/Ag0kMl0EtqWwH6s08Vg9O"
    "nGp056fTG0kRxv6+qFJeRHKJpGGvpgUkVFH0zKdXS4lpWIry0pRz2CPVJ7pfBoBZfFQI9U"
    "dFXRqIaojHoCLpM0Y+uuER7tEQpFDN8YMNPb2LrrLJstjwLx0YiC7lV0x1J6/amY6yPmbJ"
    "MFUiA+QrGIsUKcFXCIvipHr/23u5svfBlkqfJmpan56H+QZXqdeTDP/sVY2xq8AJqvTcs3"
    "be8dPO9f6wtnPBiB80cdGCAidr6PNB00YkXb2doEDmYMzUgUbz5f/D0vpQ+fbi7zFiQMcJ"
    "lfPfixlrCi+49XTJXD3/sWBYSvmodBi9RH46BpQyJH54rRwLtiWc3SH3K0RyPpMO45HuER"
    "uOB6PemcLQZIauUa5ckE9gztOe8o5fXMJ4JV5G2Bbn9R1YbeTh3UwTmumkLSMp+jFIBaTM"
    "4SCc7hcQ8Pqdrd6ymH4fAzdvV67E1RCLw1nMXW/nCI98daSPc0fnBzE8NpWeT0r45LzEf7"
    "r2RTiJPkGBzm7n5NRjraefxnNK2iX5OZ4eLnOF82t5gpLygHiM+4cUtPyNvrD/dnJVtzC5"
    "z+mBlMGGbX3ZarMrtwPFXgN2wH++a0sFtIVUan9tAKLI41shb4fOdjwxCGxXXttBcZm1de"
    "M9ylL4G+fPv06Yxt03Os/WByKNmv4/KAItcvQ9Jf/3pLLFwSuI4mdhRPEmcH2ZnrOX+P92"
    "NHHv3qWJbz/G11T4c6VTbRl5+5ZOW4/o7M+oTnt2yc01nFbD06Aye1DjMrNHuJk34089bL"
    "JXY35Zy9scm9Q/9UWbDhoHfJmCfC5vR8NFyHHvMr/MiJbtRn2meimxq2bonm0FkMQ38NRz"
    "4R1sF8XA6WuRm6xDb9TD0cDoij8rq1bvpXT4QNUCy+S66eb62+g/tmJL6xUv0dIyI6woFn"
    "+w1TFFl2AGaJ0QQ0GkNX375D9wt6+2plUdGxex3b2iD6OBeZtkfoToX8BfEIcp3nkkK8Lh"
    "9WpSKPPtdxw7M+qsBzieesXY0EcxQ0hOgHeh+7I3jbiKZWid6l+fhaqvSmg8FwqA56w/FE"
    "GamqMunFFnHx0jbT+PL6N7COz9OO0Jdr+RpkFO8xkbiNkp1X7p5OLd2qrukUidi+pyRIC/"
    "H1efVqrJbdewHHahdIZKiETl7IM7oimztOW0gOmCYJ0Qn1/li/4yxvwvb2S4K8taYRj2df"
    "OY5FsM2f7SmqHL/nlKwrhkcHyH6D2pc3N58yB8Tlde5g/vLt8+UV5TtjO73J9DPndcLsgp"
    "pVdXcpEAq9wShzY0r1WW1M9VlVU6H6Sp3Mm8z39hPV0optEwG0WdTcOftFKWgudTWUMzxF"
    "IjSzJ3OGHjDukSasHihKBV7Tu0qZza7ly2kNx+VsL+X5ZAnFThllYjom9pY6hg2fuHXYHh"
    "NIrjfnurmqs60Ed4u7o1R3OHS8Za894s7wIzcmXM7eLNXJsbmT7dol9Du9ujArWaqT43Q7"
    "E7qQWlIexKwVTqnp2f6ArdDNf8bxbKeunm/zbGv0vpmb3FjJs62b2EIQ4V2ufHA1T3t9DE"
    "qLrsNfgDxSDDolQ4g3f0EQQy9BjsHw3pgf3UPY1tm14OlUivS/DOISaonzfdz7eWwVb3c2"
    "GcbzsetLmDkJM7cfZ4+EmYt4KWHmJMwcF2ZOd80nntVUrvkkFKK7egdkEqA/7Yp70b7bd+"
    "U6T6ZOlXWmVdRTPXm0rSCQHPYA7L6yfzX/SRU4oxavE5KuZnuByY3qYaGWaDxk9UPqEEDP"
    "RqoGk5/Mo2LlpjBo7du29no5h+lrrha8reee/CxR9gqEgu9AkwmeR0II9iGoGH9YG0YPdq"
    "a5NoadaaKyXyqWL287e67+fr/dvxMfPZ9uvvwW3Z53+mSFRYVBbK80NMgXVIbo5Izj9qMi"
    "1C7y15wgYLXga0K9R1abtumbbNDayyJtjaqDOSyCXjMghQ7isYmFWlM3zlIej278KguPse"
    "09E7cZCGSW9GjKjl+lnAllYRMhp+mkhEWWsL4OcFNmHqFfqdcBE+SR7q/2tteVrtJyPt4C"
    "24/rFTU2116tnJk83cmpge0bRrGjva6ZWiA8OWZ3Evo78Vr9g20ZHlRs1uNqmkTgPOmDsR"
    "RKFutxNEUhGfoi1IEf1nHuWKtcsyxUMB5XLVlOTa0KteAnjCLROmdrY0d4UXG8LLLfxtf0"
    "8VLC1cPkpqRAJDi5KVmIifLclCyCyMupKRdIs0wbyl9RQgqJIglMBySH0K9jP8aQEm+R4y"
    "LHMEyNQK4IJIcsHG9l+pjK5gfZEB3NNyyFBDDOAOG1mJ+y52e/nKQiE1FkIopMRJGJKDIR"
    "5ZCJKHWxxNuFD++kv2H6SEtDhgcBYHpK1Yn7dh2CrFtwu/9S250lELY2mBpV27B07O77Qb"
    "+2acw3ot2joy9S2+oHfDPLIChIHAwaFSR2kIlF2Vdr4scEond9SvFcGSpBwF2MvcZzXH/m"
    "uDov+6fcQ5ghEjZOAyf8cDpgzSerJhu27Cs0vRnU4z/xYJK2VZVn6ISuKweVegT9BVRlUL"
    "Gt5H4qzKk92yCg4O4YT9hfUzPSoxaMSrB6GKDlLQ7cgIsteMLEhPXchfPVnY/ui77Hci8Z"
    "p4nzjrCBF9E4gmqUu3E/s28wdh6Cb0eHS5s1GhempdNJuxu/Xs+Kz+bAWSbeHSs25t0FDC"
    "fUSg2AOBQyHXXEQYkjW41NZLmifNh1qsWsCocTZrG2y62V69CXX+7IrK/BKOJMKViP0x6s"
    "xFFv3NF6dAk1X4wQrXNHBt6mxxKKjRN9MITjwZh3xEaPfrNnBJBusyDdeUdm3qVGvGADCs"
    "XR7rnIb3PdlIUfsWlVAXk+dg7ycxtqcU2otIY2GbVjUkKmwMvFsxJef8b25t6Bvy3nkewr"
    "AqP0oQ5SZdjOLdrN7GtnuWyN+NtdmJdEn2VZnGQ7BFuB4zJJ/SCbeLKHtncsxfBaocmJv3"
    "Cd9eMiocsmgGRs9w8Xdx8uPrKQ3SyfiPBnxdyUQLffmqASq/9VslRmOL775VwV24HEDZbR"
    "ARkezwtTWyBsI2fteyb9zdt4VMNE8GYecmyWHeKs3VR2iZdNL8nG4gIrQe2P1becZJU9Pv"
    "zBfrAvIHnlHGH06fqO4a9g9Ovv17fIIy7Aji/xBhFM3wCeh6CgXYMWRpNRL5rjSn+iBI9D"
    "umkwtBbf2qA3vX6vf47+/uWvMPhw/Av0C6BsJ+6DfeM+Ytv87wDi3NTfvg8ewXJsHI+wb/"
    "fQyoFlgXyHZd7AlyafeB7y5QchK4+l4DjPtkzBkSk4AmkoMgUn4qVMwZEpOK8nBUeZwmk7"
    "7QEWDP8UbhIT7wAUw/Hr5d+E94tb6QULTYW+xmMy7e2K1Ns+w19LQ9xdvOAdx2xfQ+PLLo"
    "IQ57WaYEYG4KEqHOJugjz7Md1qcIvlmLmtKvJmQAKGDEZ09mzeo2dCrTXXRtcfPv7S752j"
    "+w+f6Y0ewdTMcVz2T29j665Dras3sGVpIK9ef8oxDbt6CMda+iMJqcMdUe6fR/4RwGhmED"
    "fZqSzRNaVFJS0qaVFJi+qgFtVxZXg3i0bONbb+sS5ebjcckNUPu/Du/anz/Z2YDfnFEawg"
    "1JP00f9FEBYezrP31SgxaTkP+bD+hC5M2uoKh6zW6VCb6x4q1vRmS/q8IotfSqCPqPaYPh"
    "//crR92WLrpmZvzRyZyI6YvZoqW1wuGUNyR4+LgPnZrQNH5OeYWOARkfvhA5yc29wrH8Kj"
    "tYKLZRYdw5VgJCAuHqIxJM4Qy5y72N2E3o1EPUwHvsl0+PZ96CNJECGIbsLgBadJ5DDhwk"
    "kc4h24XppIZU9cMDLGLT0y0iMjPTLSIyOIR0Z8m3R3L8xOkW1pqzbxxeyELNGJBXtcrsez"
    "MGhW0x9zJp7PcWXaG57jYAugREwhruOLtVMyNHqIqMaQ/p1OoaPMXIHWSnOtEaxE+xkdEv"
    "dgrx6cgpfhUEawB8nMj+QubFnOtYNz95xvN4XDu2epLugvW8OQfA2a93QMbZgUrQdyIvow"
    "yQ04R9hDz67p+8RGps0s1qvPt0WjdrehZL61tEUPrh5JW/RM2qLSFt1miy6o4kEZsC7NQd"
    "3SXKNIemotINvXDxNfPrR7MX1uFKS8+2AJudBKu9KHBOxAjRj3GAJLf67srDl20mnQh8OO"
    "TWjNWbu8ZjPlsuHRCi2YwHugKlNAdyEa1e8mhlaxP+e+BZPow43WTQm50OJJq9+ir5uEvw"
    "wdkYMzUEU2Ce3RCEYZQq6TMh5WdHQeTjBLoqeQROoLJ0t/PAIiA6rrUQOqIhDmvgXkmY92"
    "s16faULZH1AcHbtocAmVW3T0bo6dfH6VspBubHLv0D/7yEE6qDi6zEDayaF69VOD3o3kM/"
    "E8zOZMwZ+av+V8mzuVhDfTUyy5u0JuUbDJniOPUGnRSfBL0P4d+rxgX1tEXk9n7c+dn5Cg"
    "Y9rsP4JMIMpQF9vE/4WBr9D/QNF78HKIOn0WN1dINxlaWXiikwARK3q8TB6SDlvpsJUO20"
    "PNBemw5TpsM3t2k8SK7KYvdn4LlT4Uro/6jdKIOkisILx2EVvSKgi3U4RQbBbGNR4rHgUG"
    "X5qP2yrmYqpTKr6YDgbDoTroDccTZaSqyqQXaxjFS9tUjcvr30DbyIihWP5SnqrFZ/sxVI"
    "YKUym3whvLwRz+/tvdzZeSnSMhyZ/apuaj/0GW6R3j7N7CWmDGdvda3pOWO11hAJ57Dftr"
    "t1b2Z4boBGd4J8meVN3w1xzHfzWtJKHeo2d5RWwduFZbL1EH8zEEZZqlN7evl2Af8O19Dv"
    "fLnYspEmEbWe3ZGk8BEruuw9H0yuMkMYG4gZFWXO9thUAESdyM+jncEs1xs14t/h3n27yM"
    "Brt3vZq5yc0vOhn/fYF9tKCD0imig5MPcG2DkX5ZrxCVjU/p36MQBP8cHICas6QjAfwe/b"
    "eGLavoT2xnWMAD/q5ZrB/8em3q35HpoXgyAxox+B6DG5DnQG9sy6QPWmHdoyPYaL0CNQaZ"
    "Ot1s6LgABPwX9P2JPpF+/vcHOr19ao16QUapRVjhYwTlSx/lLQDF13fo9RWlcWxIOcXw9v"
    "Q5Gr3TJoBJ7JlWgDHs0H+FGakyDVV6NQVQ0aRXU3o1pVfzJa9m6ogpToZv364/lmwKWbLc"
    "TICf3wFxkxkgQlyWJ9nA+xCIKi0E9p1ZJTY8ZWscYykKYSGoDmYThApSUws3RS6yS+EMEq"
    "cA1Wsyn4cVP4ChPNUEsXTLWkGVu9JSJPt3pZ39i7G2WbgFzdem5Zu29w4e+68HMN66cbBR"
    "S4ezJn6lan+Zxz6iyEnDAJIKcjieRLWPN98uP12hr7dXH67vrkPmx8cuuwg/JUWNt1cXnz"
    "iY7LXSaWMC6YmonYwJNm+9HL0Uhchtsz/Q1ww8GMisWind8vEZ+EToE2cu4XT5KvfGFwhP"
    "YGJnj8mBolQ4J+ldpQclu5ZHvmQenmbGdo72eEysV5lfvMK+WbuHRJbolELnrW1Z9KM8eA"
    "cbmy6px10eqeQxh8fpnoMVeZsmEfjQPRhLoSV4PY6mKOQkfRnA1A8bpedMnrrYpSfad/08"
    "VzyQmlwldQOcs6wF9n5NRjpRzmaP8ArMLemwW5u1YrU0bp2v6QOmAlczZ30L3P1bfrwTnb"
    "48Hak2tnFq53Adyo/ljj3OvwajnM7kzm4A6Ybwpb7Upj3hL9iAJzRj63U4z/g6fNMoLbeO"
    "+BvVGb7M5dv8gCcyNxum6zCNaUuyTqRRVUjViXS5ah3dPG1B9LVF9CiBhvXahgs+3kA6DP"
    "w3JNZB83X6I1kB+Hc6oDIiBsOKxP2Sfm7tP+Llbm7RcMwbTUfktHTDHqtPjPbpJF9Tp0PT"
    "f7n+GaX546zQBzB1XebayFwbmWsjc21krs0hc23YBl99u41uF9kxBMLGgz4kKqjsABwAFP"
    "Z4Av1u5wMNEGFIj/2e2Rbo1d78QI3JqLXy6OIlPxD2cjZJilz0bJKJOgVhkEY9t9vPIAFQ"
    "BJtYTRmfIt9npQp9UPQuDTN5wlpao1cRCKnzxoiyXuhgvD9wKtuekh7EzmTTgLXWjOoZXv"
    "Ni/sIgYstDGeqwDvTJBP57Cr1Dx6RZv4rW5ZHYqVwNma8cZYi2KcdCHckKmY6yi4MeC1Q/"
    "UqbaHA4KosBC6e+OmAfqLofNhFdrvp3JhFtufkwsHg+Y8jlncJ6dsjh01TSx9nKkElZQHD"
    "uuaNTLqt+WbTKb/PRnIYsaLB4OuVxAIi8gdnI3A1/NUEopiyxlaqqsIKLcLBE2SyslLbKk"
    "hcLZPYEUOI5SWTMNNkclszWLjC0ETCuytkAnpy3PzS5T42Vq/JHyOMrKqJnLnaWSnH05n3"
    "sLFHzt5M2dwODF0AXbgoOXad17SutOVIEW+PsxM9iJsrigPFXgcjpJrq3Kj9SQJ8rp3HEk"
    "0+lFSKfnGXYtcPrEy0JyxuwOpQqAGrBj3n1S0X86DOfgBezIpSJ644ks/nwumax8eYFHsO"
    "RgWc4cTgFcHTadailGbu0l37jjtHoN/JJlVTvwbulFXbl25dnSSzUDO5FpVqsCrWk5VWSG"
    "bCupSpkqVcqq0rdXaLSWIBNTMjtf0ZQkd799H4IDx41JPWT6yMc/ALP4eUHsc7RwnhG2df"
    "Rs+ovw7kg39niN1/b6bIlILKukDp+dJqukePFjWSX1OuYCJ5mgoJaw/y/MgnKUuuh+watx"
    "0mVSyqgHZVJTo1EGdvsNwI6xJOpMI7bvNinNEawsagk9Zmfu2uJp4eXgujmy4wXYhSqduU"
    "JPxWmvN4UVMu6zSvpxNfFsEUdHsLsBSkAdWaVpxBAUPK+BoLJlbdlqzoe1YfSgvKQPys10"
    "DOn2dKMjUN0wAMEqKqsEhV9UPFWhEIUMGVXFStB9i1oWLIqxQwbufxYzXDmWqW2aSoQ70B"
    "5l4zprW5+5zty060tIGfRgvfVHungSMr0ZeMyeeC1EHcci2C6xldN0OUHMKWFXkojs6P2m"
    "9V7e3HzKbFKX13lo7G+fL68o7xnrE3RyXhG76bimz1kJ5bl1KRJZgVLoMfFMv33WNCW0hF"
    "pm3cr8xX3xeEuWXX52Flneba6SYDO6atZByaKWiTQiJNJUSfYAhLmW0hhODCm4Kbxi+PkQ"
    "bF1ilwPFXB9g8bd4yM/hiKexm3AQFoupX5zZ+Rnbm3sH/rac+yVWdGnLlsC+a5aLhsZf6c"
    "KMIvosnxwasNJx2fz9QcAxnoETjud2eK0QMA3v8xfUSntcpIeepTP1MvvRh4u7DxcfmRd8"
    "VmD/n1tDwLl5zwkAF1dGhfAvZ4W+HAX+3Xmml1wEGyZKRkAL7LHILDSyzYBfvnlYq0qfYS"
    "v0IXqhDUcP65Ex0jnQmm0ODl1xr56IuwkwOcHD8gjdcAkVPEHfw+FmoQy/s2fMCbHjB7Ho"
    "MHTOjZ+GWSj5GXsPNgSS6T889D2JKn1HEGlB3+O5EHXQfc+Ggcpz5K5tdpdHv8MKXs2L38"
    "0z6ep9sN+wJ2PkYYP4QbtcC6/enqO1bRHPy74TfQdiGdEQUVde+Ab2sqaNDDqZEH6kC0fG"
    "tmVsWwCVRMa2ZWxbxrZfim3nDqi6E4JDflSzQtGNwcN6MtVGbLeA/+4bwyhwNFYBMHQ8hz"
    "h5WgHIQmQlQadWAkeCz6DidpJXROrOIR79UU2i9PQJpkM6tSLAnt1l+znJyXL4Quaj1/cK"
    "DtZyF1TRu1KlmDHymeyxlFFUF0DlQsbIAP9zi/uqZm72Jzy/JSvH9c84Nnly8XybOU4ZPn"
    "OT+yqkYVMKukX4DjVtA0Iwg8cTjW5gUzyBc3GAFUioGOG3yHCdJbMYP13f8fKqdxvsZWPy"
    "j1yldPCQQFOVvSakpSktTWlpSkvzoJbmwvTCE4ir+5WnUxcI28mPOuwm3HH+NPDsyfTMJr"
    "xO03WVilbg9Z7aq7fP6VMtDkjpZrvlp7fPcm9FNLrplyDllyQ8p2j2mF+5n1k9HFRg8XBQ"
    "ymK4lGWxS1jmQ6OjO08rgVLFOZWLKlraUqot6AyplLPIcl5gb0Z54Jsa5tQPbM2JzpPuMS"
    "06/uVo86IPCUQs2HKSgK7i8nVLsq7Ea+wQr/FQeKOCbQ2VcdeqwY1WycWlZyv9hB2zcZn3"
    "HcY5oTndKc5MwrCyWEbEzZdiGfF9lbp10/exNj6BBtoYohFhGOI8yb+j8wz9fn2HfEig+0"
    "FWPpoTz9RJkFXnuEtsmR7R0RO21oTfr7uLh3A7dieRHKp3LKnOV+jSLWMeMuYhYx4y5iFj"
    "HoeMeUS7c40dN6GQJbF5g0+jukAdp290v3T4vujwPcUwhjAxIqbNzajuV4fDGaKTm8H9wa"
    "QK5MNgUo75ANd4fLbXS+KaGsegthxcsu0WKHMMN4D0aM1qHos/3ny7/HSFvt5efbi+uw6x"
    "auKzk13MujZvry4+5fhNP5Oj5JRP6ej+k5vNXQTgDOISW6u9bRQIT47ZnWwdCdssh8PvLV"
    "tHgVJuHRW2joRrC5NXdlKJ4RGp5HgFjhsWfuRvJC/DVEW0e9xLAmdYzR3ljNXmAMwbGUL9"
    "zqSnAoSYVhG5r2tQKmBj3f08TXN6W3nrLN6SYVhqc29LLpQRQW7oJHI/7xixyhQvHBmPq4"
    "asMrOrdryqy1jMZ6JDSkfQEOdX17H9r5hNnEJgpuTO860AEHDbbBXd92KUBkosNQU27RHd"
    "uqfT6ZhlHipBNAUgDAKAg+Dj4Ff4F8wwnXICzTfwb9NF4PQ5RytrHUAYGOQZPRNA3nc3yL"
    "GLgZs9PleCIsiwzcFd9TJsE/FShm1k2IYbtok29zp6eppmj3q6ry1ng15/Wt9QSk66yFBS"
    "+s0Mpfa9X8FmPYONuyiDclTzHJkYwOYNEejT4lHmigo4FHMlRqYYMmT6WGxUiTH68HfS64"
    "sMYO47PraoxDzeLgsVGtjiizZLmJdsQPkuHOG0XD9XH64/X3x60x+cD3LJxpE8Rr0CPvkB"
    "k45PT4VsCWdhS6pnTaCFnRrLHwXCQpM8zx1tYXt9xrV86e/n2+zcZXTHy5gKNoIOMZvIho"
    "SPtJGNn8xHlmZ6jryF82wj3wlyBR2LeOy4IjoHU2HHwaQtKm3Rg9sf0hY9k7aotEW32aKH"
    "zXnrYssFxLShrkG3JUVJGy5NbM/2k7V80+f10irneEwgci5cjum79ftr3+A3NZ5aXM7z6H"
    "5xI6Jwuo0NEhjpYszsFfY5mRblTI7uF5rJgYdkqrLmbuoQcDnVUaNZPej1KnCc3lXKcnYt"
    "h1UBsT/H1YOm7RV15iyRsHngcGgPpyzbYlK17VfLGeGn3+YL9pHRAHBElcFkZ6demw2/sN"
    "ug+No9il5UZ6wtJDVKVILV9Mm5v1m+tSDbbaceO3JunALPq1douy8WaFcpH9YWpqW7PBCi"
    "OvXDr0ECu9YTp/KOHG5L4toNam4dSxhw2jPWddZgKNJ9+KsDCPlAHew87blda6JPzzetAS"
    "8mr2ENsLykXw2QFFvUsF/d8Clttab54vimRs44/tnwyvk2D62d3FPFR4st4vqI8iHwqZpA"
    "4juuB5C11G5iiPBjsKGmQxCYPlDOUdRMeDwcE+bQoibtxNANuKLMjSm7b8zWl87+9hjS/O"
    "ht5KZd275pIcph23m2iA59Whz3HN6C5/kV7BUfbIzoDNRNFvlk6VEbzydLpGEbeYQgYuvo"
    "TaY7DX11l1AazbTMoPuO6SENFDbWgQaeZPrsFkCFlx5r6bEWw4kiPdbxji091tJjfcbxWP"
    "+gjK7jZoruF9x9qmoqrPzBYC6Gy9QiT4SD5FfO55hgj/48qi/awKT63GYmSFNut19XcrJR"
    "gSCHbDqZVnQu7aEWc+7onDby91R15LM6ul9oP7XSn7BMvnkLHaKu/n6fOQsKmXnxefDp5s"
    "tv0e35dL0s03Wir1eE2XY1ZnmWSuiYozKc0/172td0OKcHjbCsO5nuaYuqgQLFIT8aJF7Y"
    "6Cdgjk7mePS6G2PRoRzrqSEOc4b0mKQ/6RMMxzyGnOYei+FNwf3wmmeCt/RmHvio68+EHO"
    "kxzQRVJeB2Mkifyr3Xx+wX5fXNhJ2SjdvLh42gejku1xSKb7nPNQUaXKXZ2Iq4nmMjOMni"
    "lFXAyYQuYT08pBtFr6e8DYE0nxcYnJ/QbO6X9QrZhOgeEFGTWmMwm0vW1Nra8DqRdfikKm"
    "3KGC9lRzLpqJSOSumolI7Kg3ckq98eS/QeZGdwmqUPs+uPTUxd2Smr6kY71YdBQq0YbKaM"
    "4WYbVkN6Sqj36E1b20wdq+9UG/cGO3iJq/hyyj05Rbel6foLKD7mzHI4WkqclxmqbceKSN"
    "aa0ge9QqX/BycKs9PUfsUc0G3FrvRUyGd46gDLOSfuTDNXC97ELncM82gbTev9+UMInkPy"
    "haEz3LI+uC0NNar6VuZQ6T1WJmpLNd6deJITrjP21NnyOaQdyeuUmn2uKINIg+WRpxN7aY"
    "wHozlsM0N8jIsi4HXtBZEjk4vhxcVAH+djzfcarAcOqdhLQpnP6dRXNAUiKD1lBEkKBjs/"
    "5ri4PBAAcoi8RqjlRo07ToJv+fpIkQgd/VWHYHuPjJGxQ32SolSpT1KU8vokuJYP+2oEe4"
    "0cIjnSYwo2jOcqWya4//oCDBnpwyV/Fm58xQmwtYaqSCx2Y1CmQ0B2vUp0Pb1h7iz3Fquq"
    "skyduXSF1auMLR1A3P2xoe7QSb1mpHA9Yctssiny6I9pZww06wBGjBr2zGEMuKiBMpEO0o"
    "4HrG5fGSpgqsKKUgaDESgcU9yWlnFs+6mPHznqSzlgXXS/GEh18LwGSHVBBqE6VyumVO0b"
    "cw6c9s3DPkXq41nOYSRgh+jPsS/OGtkUHKC2HZvD7gTT1p3uGweGak2BYllnxurGlrUjtz"
    "7QIQKAcXHYVVkzqcQkl33djmz6lWWjfFudNqt87P1oiVH3dKhTZVPQCRn6C7TRx/rEGjFk"
    "9XrXoW+/3JFNX4NRxGFSV/s53ap80zA1xo8dmXabHuv0WQc5uEviefiRh1VQh3F3S+9zMJ"
    "AwKmW7ixJYRbcvy2yBU3T7sjYnxKdOk3uJG2mmvPze5Or51hTf7H3VsnxDCtYtBXlrbYGw"
    "h75/D9OF36/tJT2uv3//SwhYi116F/GjtiseKUnpbWVYCTAg83YPfibJvN2IlzJvV+btvh"
    "5I3LE6orrodKz0xIPEPdHM3TTLdwPE7SCL13XWqzo8jwkEZ7oymALYWc9gAaMezHOiVd3T"
    "OoDU2F+93cnj2CXraTdzOjJUqmLXJfp/TQS7hLCIY8fIsiZOJTS72Hgrt75CJxLP9Er8S1"
    "vsrtRNVfDs6AesSdDNMrSHEOW2R3Rk2qniRmzr1Dpa06+ACkeMdLLCrr+E21nFIzWvoUhy"
    "qhAS4IWwWm1IoRj1xm+5DUr29+QqpZfJsKG06fLy156sxpRWnbTqpFUnrboDN90kT8Q1/R"
    "L4oZcr19L0e8x1sx03bDlYMyNYh9K1cW8ALVBwj+0OuFH7zfbBzsKDsakgYuo9isFZkQb1"
    "g+oAEujHvWaGdvuMT79ggfvlhQs5MsEtwLQeNx5qYA0aVc3ufZckuFFUqaooYgJx021h3k"
    "91KC1koFvKWCcB7JLAIpjpVLtvgoyVpT2e1L20XILi2gaW9RGqBUUdMQgQN8NFS1Merexf"
    "WcpmWvag0RnNhJ8jPRrp180cOAk5F1wzFX0uBbr99cpqtq5jt1X6DK6oe7bcOiv0yNVt4J"
    "QmEpzbddO72uZwkO9bj8EZGoE7ZO3ZnVhUB+abuozN0UnmFpkLadf12JqikAwtMjTWQupO"
    "1yKhZG+Fxngx6GiWzbU746UwTo/2ONsSXs11xEuf6SUt8fK7RAs8rlmgIdhUrsrd1AZZgb"
    "VuXNXTEnMrlwkdKXsz+lIFBicWQwtM/pgZTJiNYhcroyrfC5ZXpckdqWAt8P7Ox4ZxyvM6"
    "p65W4G9KZ5AMfonBRQWrdjPYLks0/rbGLrZ90yZ6uIVz0oWKN51vSxz6R3L7LDloqhRuBH"
    "cjw3WWyFn7nqkT5AM2uuasLR3Zjo/mBHk+nWP6OfpBVn6Anw7g6gECSdjT0SVUekTnVXF0"
    "8gxOXtAfZ56zdoOZT7evMGJMfvrEtbEFc+E/ZdWHzA/a85Et84NkfpDMD9qaHxTv2lVT4h"
    "MKkTMiqm+8HTeUTA7DqgxOKERmMAPKnBLArVKGEZJV4kx5WA97gHYVgDNOx9CEKvhlPNHo"
    "EpziiQbwRqNpHVSrzoWV0lfqSCxLJrLYGq6LTlr0rfDGcjCH0+XQXimS/aN7HSbs3Al6Vx"
    "kC4rYUrP1DHh4ozt8JCq/vk+WKByhTatqkSfYXE+4LbeC86s6OrzKJxdvY2sxd2/UCfTkq"
    "GeV7McoXcawNHycd6nZdBZRIMBZX9XLmZlfGxUnfAX359unT4VycxIPvtrHpkjOuezN9w/"
    "l212b+1gpezSfiQmkn0VGGPKk1VIaq+vYdiu8M/JEL7CFse8/0N2R6yIa6E0R0E+oX8SMV"
    "Bs+72emzuF7OCPUgHE96NaVXU3o1pVfzUHNBejUFxLLpuMYLzjTx0GyiA7H6IZeikOZtIW"
    "fU9K1aUzgmOKI5vBs8UDc+Sdd5dPGSz/mXq3RT5HssVdSI7bvRy9SRxUSdUv6PScUeA7JC"
    "usB63cWGX5/zskRa0GY4+/YLU5uTB59dHgGJCY66u0lQpw47T9wER4PmYYo6mUeBwmmvN4"
    "32qOAXxdAA12EOLabCYOJ4SOAEgfaVY3XcZ11exy01yukk8uJpDnufGiJPkYghdHhsA6FP"
    "5tAZLoCnm0y1ETNlBRWTS+1Bw6rZeChDJIaoGq5Pqp/1Wdh+GjWmClpYiSi2GliDsmuI7B"
    "rSGZvIcgUIim2xKhzuVNnlUT54Bmbb1Sx0xu/GubvUiBdswFPiXZcxo2wvEU7MqNBspDxm"
    "5BZufTFmBK5Llbkxh1M4aBTlPcJIc2ABUA4gx6X/pIsCgSJEED3eMIJj9hEgL+myO0deiG"
    "oJWetZnEtKAW9UDB7t46EP9oN9n70aNuYIkuxN30NLgr01PdHQfBOOhHXLtMlf2L/oiTsZ"
    "aaAFa4Sh/BIUllh4cJ2+xfPC1BYPdhDP8OATsGXBtECwb0MkLIA9mcznxtvodcPixHfoK/"
    "b8zGMZbChUBWxI9LLwvcj0HmwqNcwwYjlfvaD08LCgMmpEhqwTsDF/+w7d0FFXxEX0M5/I"
    "JqxI2B1f9Bz9kTL5o/eXuKMyAicjcDICJyNw4tYVVHDlHkWNAQNnHyv0L5k2i2BID/qpYI"
    "y+Uj/uWJ8w7VnDaZ+uOL6hY45x7BBePQ4Y2Fhnr6ktpOmOS1dIWZyvGXw0snnrLMM0jbhx"
    "xryQh5iZCHOBUYBfHQrsUNPpwptOJhIF1nhdKLCwOifDSVS5+uqlv6GXfc7xW74L58jE3o"
    "jTou73DBa9rGgu7Hsjjl2rDVZjnvaYlqMyHEEuK8EQW+4bw6ID+XUv08iZP6uPIcojlXVw"
    "xUzb14KSPdEHw2hJSZRs0WBFJaDzEW0ZEtBZAjofE3vFgMw/+jj4lup5Cd7cGXizhB9vwu"
    "Pa8OOvAcJ5FxW4KuMlhLOEcD5qBleGcC71U8iDsCKreS6aFvCyX258cGOTe4f+qSmNxm0P"
    "Dqr6Vd9ZXm560GLOtcM4VUy1dqwXUHnc6I4KYDz/5cwR3M9SczV27hHdgBo6KMUKmhkoI4"
    "Vqw7n2pUPwv6pK3zhH7969e/ue5SqviLs0PSja91ie8MJ5po92IT/YI8SL0ooRZIvy4HoO"
    "/DYvpxvL3GGZOyxzh2XusMwdfr3oPV1suWB7TvUB/TtQB7ti97QPe83+vwbDo/uPhuG7Ac"
    "20z/CtqajlfD8auA1W7M/2tnGvEbbMoNerwHN6VynT2bUc10ER8TRn1bguITvCPmFmMg61"
    "2gmJcL4Mx1AFOOwNoSKw8inTcdp8mH9elMelQ+0EbPPXQYoqJ4M5JetKCPEv9fS9/gQwS4"
    "zx7lnxlzc3nzJH+OV1PrXo2+fLKyoCJgF6kxnYryXhizo+hVqGb8p5n9hoRRl/xvbm3oG/"
    "VR348WgCnTNjdTRskMjNc0ewz5zlHALZj3ZJkOoVe3joMglY67hMNj/IJsv40KERCy+8AQ"
    "jDS/7CddaPi/jXVeaJGU/Ih4u7DxcfmdI3K/A/l+Nt8wqRasv8Mx1HIGkrQxImEqY1jG4k"
    "H316VZkDy2tJmxFE7qRKci7W+UXO8B3FXNWpvn/tsRvZxt9bVbiM0bWkG1DUF+9WtyUHZI"
    "PjxORDcZS7NDlgINU8nDcMsQDuR46BMEoPFAEO+A5y6G06tf5t2NR+8RMUB/BEjgngGwUZ"
    "wgrB4whhbDwZTQINFvyU2vht0aW538cDnMS/u6bvEzvBjzCYb/6X9SoEVjhHps3AGTwqEi"
    "pQ+nrB+5wjzwngz9lVH17VNzUPPdIZs3qwwYWqOWvbjwYAZXeOPfIOfWcYGP1e7zvApcO1"
    "6KMBFaP3C72CIAmZoDfs/zzgxog5ZZUH2yJPVN4MWgO75O1fGDw+fW8XQSwWDLNprwdWsT"
    "KYhHgWwYt48Ca2g2B2hrgUAJdhwwsxRptEZ2/Uh9Eod1K8ZPfTkVUFcDMIZIKnLr6Bb/Cd"
    "FQre7e05on8J6tGRl47tL76jN/+f/u+Xz5/P0SUx/4uKG4H36G3ArIAHvkvsLf0wM+EEED"
    "avCSYAyts+FVDswMrGjxnKRSGkzN6xJtLFpfn4WhzW08FgOFQHveF4ooxUVZn0Ys918dI2"
    "F/bl9W+gOmdUbOnWlm5t6daWbu36bu3oDChMhHKHX4pE9LrzFKBr4N4GwMgmTqb2oemj3j"
    "B1OJ+mORrWi+NpjZTdWt7tNJHgPFcJbHGgrosRUHjC1rpWCCcmEJ3RKVtItJYXlBvEqsP0"
    "mOBomC4GoyPzs8jrXy0Hl7UATBHl+G0AVQWO760MVh2rJELGVgZD+GtM1eCXncMGH2++XX"
    "66Ql9vrz5c312HwDqxYsQuZsMFt1cXn/ISiOztogjultiyyhsxpgn3V7PXq6+0xt6BinM+"
    "sDWHA3UcW5fwj2325N3ni0+fiuU5eRdALZMxR3tUhsJEg2gknfvK667yDvw5NQ6SmEDwg2"
    "SsQmuHETEq4t9kD5JtSyk6R9TSY0QtJl28jkLvQxd3Z1px1mM1j1Rkbr+yis5T5+r+67pP"
    "kaNbymTL6lEa1wedXOeN8wZFKfkp3CJ/T6xhR5679SqRX0OJrEhlsYX24zuyvND5XAyutz"
    "6reVpUC2WF7dW+pdNDPmKTBXu25pAEN51XTiHR4/tfzCC5j7MZWNYCS9XINPOAX1iuhmMH"
    "V/HmPMhPIDo/f2OsMINWA2izcW845ySO7OWpkC/yV7Lyo9YiHn5irT8WUYZHcLikk0TQG2"
    "yj9cojrh/kilArNsh2sMlz9MZvIbniwXYJy8NFhuss00khTCTRM2HCGKZl/SWfdUIHhp88"
    "+hbOs0efSV/K86GLiGM82J6GbRuyLsgTcTfhyCyDBaMNwWG6zZIODC8dcRJihx69aUnQYm"
    "3rLnQqWThrD3JB4CmUI98pI7+z5JAo0wO7JM7xAC+J9w5dUGG45hOQw7e8h8QTcJ7Q11+u"
    "mMAg88Z5tsuzPwr7HX0u/F8qopfEO4pZIeHduWQQmfAhZMJHKKyi267EnxDcvs1TJ87hVP"
    "DSsb9qv6KXdJtb+uL+Kmd/ST/YXvxgMji73+CsTPw4UNywtK1g6cGYohA5WBW0dAvDtIpa"
    "taqxbdQ+bNUD64vuF5m1dKsG4H4FEg7EYPOW2OsphV0PyeKVw0Yu8HdLekFC0jC5YE8M3p"
    "ZawAqjJ0Fj7t31uRbSDGSI7iBueenYLJ3prTk2D+9puyO+H3zxVl9bdNt5ZW+bl6Ko5G8L"
    "CZgnpaTLLdfFpQy1QXBMvH2Pnum0XPjxGLGB4kXeLSg4cjy62SA2mZjTh/7O9cUd9I0ebB"
    "1voHVvup8u9sANCGiHrIQMo2LD4qC1rus8g2dQpy8drZGHM4l3JfGuxNh3ZWFQxEtZGCQL"
    "g44S7yr+z6723Y79b+G5XGRxeXfWFIkY/VnhsQ36syau0BiopK/t3oywk/6sLqHfbGxmoA"
    "zV0D7yZPsz/dT6GyC3AejD2jDADFemgyn77+kBrcID2SlL7xL72uKMZ5xE17ZbJEtvNo9v"
    "exka10Z3n++QhpcrTM3b91TBjvBilzAKRIPpTHA35/SKT5YrKwIhwMjTFkRfW4QDcdvWqF"
    "J1l6r7wdU1qbqfSdVdqu7bVPfDIqceOlm8+7p9l5NZU661xwRHrbMnLYFY7HHO8JGYwjhm"
    "nVGN3UtCO9HfIwWmyc6Ypz2aHrZ1k3ePcNMrnoDU5Fq7LgnDQFX3viyV0ODFYCSDPQbgZJ"
    "OpNmK6UFWrrOtieB/7PGTNagjGCfU+0YtdbDQALlYHc3Bb9JrhPbQPVuw7PubgPZQXh0X3"
    "C5uAcbj6xTUPELjcxxPeLiwjwVrSDQgFDsZqFDwczwf9Q2a1WNjzZ5R1Dc7jHOnRHMdnDF"
    "ISx7yPpbGzynR0h7RNfjaVfo70yKQ/l9JP3E51GyoX6GQ/ZU6deOi5rVkrnqUSOUVNlHrx"
    "iGVFLtfv2rn07lOjHRmfKxc0Z+dYlc6d8YJvg8mn3Rq1sDnWzvVL90fwPPxIOFrwZUj561"
    "9vARueX3OTzOrPwUCnw/U/Ow40RgzjhxpT7NwebFymbqyEUw+RwbCyl5rpc+K+Q991oq9X"
    "BHD8GZB5IBoWEPTCQuALy9ysbYQ9dLP2r3U+Bn17Q78cePzjjIVZwxUQ+hPqlabKcKQMR8"
    "pwZOY+GY6U4cjdw5HJnl/HMZ+lErepY8PAZH8wqeIJHkzKXcFwLVcxRnlEZpq5WgStarK8"
    "vic/y8rGcnQnEQjetoKu/n6/PdIYL6BPN19+i27Phx95zGcfW2ee58i6Yv3hZnr7waYVdv"
    "GyVuZsQnG8Qfg2Jn43Ifbji/2tiK2HxWE11b0hFOxNe72+eJHAufnfNQEdEopGvN+b/3ys"
    "QsxbGWAollRG46gIHnzp1x/Rm0vzv6/1t02k0P7mRFzXcWd1qyeyVOKmIQhzBgQMS7k76n"
    "E6RXhyzB4oSgVu07vKm6fAtRxqiQ9eXF69SjlsSYpE2Bj5wcI1FsEema1t3+Rkb7wQB8+S"
    "Hk0k9FWmpbGwdbgUmka9s+RHI+9c5FvR+pC5NteVaif1Kc0ClrrSfBZwyI9mFrzKVe+t50"
    "voidso7ThHKyUtsqR1YplPxG0k6TytlLTIkk5HGCuqwGkSmbPEgTgL6lDrMTVLJNkqQsuQ"
    "U2eozK3bT25dXCy/e2JdXJ5/XFO3atpX+mgRtgXLkfK2XgeW8Dxqgbtfk5FOk7HZo7vKtJ"
    "W5tl3k2h4MT+UWoAPP+EmOwbXzl1Ic3fi2l/FUQqhC1gwkQT0JkxKhxcnaRVHOK2ApBmU6"
    "QaGUqhKd/mKQ/ttzZJn2D+i84TDIxGig+SbKbMx7tPb8aInMIlMhD57+JlMhI17KVEiZCs"
    "lNhVy5zpOpE7dmnkaOTNxkSG6uRuZk26kZh0yalEmTMmmyWcIMfZzPtVK3QbrGJCJP7rj1"
    "TACNovQnCmDqzxtBoyi9XgXO07tKWc+u5TtIeH7tlLAMkbhJSmcsDQ/A3zUFsKEmzdIh2w"
    "fYdYlGoF1iA8UrR3pUmld6KdTVvI5X0yqq3c4KVGdnzRH+peNYBNt82WfocpKfU8KuhB3/"
    "Ug8TqtfrsVY5g50lfHlz8ykj3Mvr/AH+7fPlFdWvmFSTljkyrHeYWIn0O7frdz6YUzR2S/"
    "P9ommv9XbXaNpbXhltOkF8XoGdSfSoS7KGXdckLnoTlmTHN7K+Lqxmm84yBC/MaSbd+ujS"
    "xyl9nIfXrqSPU/o4pY/zmBvHHLEPRwJ7d+kgo6x4dHjY3tUKWdP0IjP8LB1fpv+tqXCiDQ"
    "bzRh751qtY41hHnMlQd0MpH0FwsRRDJ2PMICNV1YhCJ039ax1APlP1fFZ3R8oQCS6OzCqZ"
    "s4bFo17FNlVdOzdLvfnl8arj8eanZ33izWdNqDRWgj9hYOjs6nQKIlI09H/+Cbz5c3dHZx"
    "dhrifsmsDGWqAVGSIxcCvgeSeDW2F6M+gV/MTZwLZ6iDN0e/QQR5rsflm/o1u44L8s97Ll"
    "ssBbQKGsmgIumqpb5tbMTN8DYHUeDZ86ddgyOFmeqzbCmd3ipI1vqZC7uiKuRzff54WDLO"
    "cR+nXTm1n+/S/rFaIvZ/vniDLJd9xz+pIujIL1pWmbMDb9lZeV2s6g0hcrfbEHVxOlLzbi"
    "pfTFSl8s1xe79ohb10RP04jrkwX7fMw8VwakHYljmZ+ijxY226k+FInNK+x5zw7V5RbY4x"
    "SMbvEO5glFZnxD53gnCGAx47QFth8bHTAlQ0jYC3GOkKI+4Zu+VWtHiwmETlqd9Fg9wtQA"
    "jWHAqhK0qQrOxJEoWxxLcic/fWJ7oQ1fLz8+Qyq0MJRBD6Id6hA3Lw5pXwC6ia3Zklq4Tk"
    "m1zstBwdwQ+4S4nf+sL4fxgEwCCTBlGrK6jZ7RRBrtBwZP310LC2E0gFCfMpjsHMhoMZ/X"
    "crQfhLMGtvI9IRI+izrokjlVANWZznosEu8NbEIHast5NGt1Jy3QCQvBCoexAUULKoGAa8"
    "asmw6pSCb6QBGgcSmbzw0RW3O0R6PxMgjP4ShxqkRLhEqlbwx3XihHpw0zJE62qJrCeKaJ"
    "j2kejFUoNVFGPZJeo69vBizXUJfHDNhZZNDWPBrLhhD+oJxOQO4jgwD4vjIE/XCuhVlJLD"
    "9jErWpV40xiWYL/b1iLeZ+jlSsacTzZk/E5dtV5YjmBUKRD9WxOhpScYyVHvSqGE3gl0HF"
    "rsNtH546WWHXX9YuCivQCVwXBi7pqc7OR1w19NBthVjCvSLLaxeJfcwMdqwcr1oxVph4O3"
    "RVBeBu+t36DALpHmwdOyZtXETjCCOJdlNbNGxZO7LoAx3ilmjhwXqCPHLZx+3IpQjO8aQ5"
    "BWiOLfHptGAv83n39OWXDF7P3DWr7Gsw2ImziuqBpmFqjBeSYdv3Kj/mVDsz7DY95KtgW4"
    "uz7TUwD+rh951HfJR8Im1opCz39Y5UVUpFS5/oKpE41a/uJx14llgVHH5/xvbm3oG/XVhk"
    "+8rKUvoqxNXnUMTWonHGPnmWy7jOMsCFWUqtrCzL45Rrw3GZzKCjNM/Ai4Ua3sAIw2v+wn"
    "XWj4vk56xlnbENP1zcfbj4yFyPs4JMsvu7w60Iqj0Pbh2rUTZmRzNgMtUH9O9ArYdJVFnq"
    "0efm5V0maWBzExm74XMaSjeqPm1DwrH9sQOA+UET4OvKmPfBeXljD6pJScjgrMyDkob1ap"
    "bDQ684AWKq6BmV50F8amyvH4mOyrIyktRR+kI1ycxL3VqhqsQjLtUkf/FMnSAWikLhAH9B"
    "2EaBhxv5zg9iI9NDT9gydeTY1gY9L0yLINP3IgJ6nVdh0v4DXq42+SMjSJc8OT+C7ML/rF"
    "WH8u3b9ccahSjrtam/A5pulmOqAJM9Cf6MDlF9GWROBTG3dDSNfbosTJGFKbIwRRam1CtM"
    "cYlBB1vM2DlQO4efTy1usUrDNP72MTtYAopHSOPklRTt8SzDV5m2T36uTDpcA0FnKY9HzB"
    "ANJjog6MyNKeQUapDFrPaN1w2EnNKGa06ELOXR5Kq9yuUeyYqqDF69WpEiZaODVDDZdl0b"
    "Yq7q8Di4W9wSHGEUFCg+njEUijrszVKdHJs7KedMO0wqJuOlSWQz25fT7xKH9G6ZdzGwzJ"
    "Gxt2quXXpecZ2sh4Jm39ja7ZrvpA0vnW/1z9KbZu66omv2xiZoRV8gbBlpI2ftMyeq56xd"
    "jaA3v1/foSeTPHvn6PdP6jn69ffr27cMKf15gX1k+kg39aJHtsVxKzli2ahwNxWr6zdxw0"
    "o4IAkHJL2umfuk11V6XXf3uiZ7c1XNOqE4QZiU9q1CeuT5a07AvxpYQEK9RxOG6ic2sKz2"
    "GlMHc8Bs6DXDo24fH+CZfiZdDUzrqLvV5Wmlr0ucXax4pIXSIjZHd6wk55BSSlloKVOuu0"
    "vs/qgt5DTh0cj4LCjPjHAOlGmPajDqCHBxlMEQSjjHkxECW2039eaUpkjKwqw5R7KUx6Pb"
    "vsqdwAD04UUjOedIj2Y3eJ1yJlCuUcchlKIQthJ/z16hlGvN9ghscnUcbCkSydA8Q0OHSA"
    "1+pigkO/PsdMl/Ea0eP9MkkqF5hno/zNWqFj9TFMKyEypKdGMYJfSEIDOqQhhWpwEIJ+MB"
    "oHcyqLC5hqH6aBS3CxoR1gl9DLh6U6UPiUFzYtQBpelCTPQM9DmOuPLuTRkicSPcOWEpwy"
    "l0aRoTaqgMez3W1Wkcorgx0QCW1BRQP0fGZB71OKuOALpN++mij5OFH2ceoS/BA14oXWU5"
    "KoEhbA62dRHXddw66yEmEHcttKLDtzWLC2kKVYBr/rHGLrZ90+aCf9YoD/5bMtDJQY10mY"
    "FwQVxTW5xxEhDCK+fb8g9wcs9L2QflbJCtfsSK7Zei1pUH8crx6k4hitdJdhwsqhocDm8/"
    "Qe72e70qgbperzxSB9cqdi8tb4ZZ3r10D60wD+O/a63pZY2zv/3D7M//Bdnh14A="
)
