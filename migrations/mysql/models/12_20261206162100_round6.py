from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS `ai_provider` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `name` VARCHAR(64) NOT NULL UNIQUE COMMENT '名称',
    `kind` VARCHAR(16) NOT NULL COMMENT '服务类型',
    `base_url` VARCHAR(255) NOT NULL COMMENT '接口地址',
    `model` VARCHAR(128) NOT NULL COMMENT '模型',
    `api_key_cipher` LONGTEXT COMMENT 'API 密钥（密文）',
    `external` BOOL NOT NULL COMMENT '外部服务（只发送去标识化文本）',
    `enabled` BOOL NOT NULL COMMENT '启用',
    `timeout_seconds` INT NOT NULL COMMENT '超时（秒）'
) CHARACTER SET utf8mb4 COMMENT='One configured chat model (AI 服务): its kind, address, model name and encrypted key.';
        CREATE TABLE IF NOT EXISTS `ai_setting` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `code` VARCHAR(32) NOT NULL UNIQUE,
    `enabled` BOOL NOT NULL COMMENT '启用 AI',
    `features` JSON NOT NULL COMMENT '功能配置'
) CHARACTER SET utf8mb4 COMMENT='The AI switch and its rules, one row (code \"default\"): off until an administrator turns it';
        CREATE TABLE IF NOT EXISTS `edge_item` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `kind` VARCHAR(24) NOT NULL COMMENT '类别',
    `key` VARCHAR(64) NOT NULL COMMENT '键（问卷编号或链接摘要）',
    `data` LONGTEXT NOT NULL COMMENT '加密内容',
    `expires_at` DATETIME(6) COMMENT '过期时间',
    `answered_at` DATETIME(6) COMMENT '已提交时间',
    UNIQUE KEY `uid_edge_item_kind_4ade26` (`kind`, `key`)
) CHARACTER SET utf8mb4 COMMENT='What an extranet edge holds for patients to open: a published questionnaire or H5 link,';
        CREATE TABLE IF NOT EXISTS `exchange_peer` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `name` VARCHAR(32) NOT NULL UNIQUE COMMENT '对端节点',
    `next_sequence` BIGINT NOT NULL COMMENT '下一个发出序号',
    `acked_through` BIGINT NOT NULL COMMENT '对端已确认到',
    `applied_through` BIGINT NOT NULL COMMENT '已应用对端到',
    `resend_from` BIGINT COMMENT '对端请求重发起点',
    `last_sent_at` DATETIME(6) COMMENT '最近发出',
    `last_received_at` DATETIME(6) COMMENT '最近收到',
    `last_applied_at` DATETIME(6) COMMENT '最近应用',
    `ack_sent` BIGINT NOT NULL COMMENT '已告知对端的确认序号',
    `refused` INT NOT NULL COMMENT '拒收批次数',
    `duplicates` INT NOT NULL COMMENT '重复批次数（已忽略）',
    `last_error` LONGTEXT NOT NULL COMMENT '最近错误',
    `last_error_at` DATETIME(6) COMMENT '最近错误时间'
) CHARACTER SET utf8mb4 COMMENT='The other node of the intranet-extranet exchange (内外网互通) and where each direction stands:';
        CREATE TABLE IF NOT EXISTS `exchange_record` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `peer` VARCHAR(32) NOT NULL COMMENT '对端节点',
    `kind` VARCHAR(24) NOT NULL COMMENT '类别',
    `data` LONGTEXT NOT NULL COMMENT '加密内容',
    KEY `idx_exchange_re_peer_67f1a5` (`peer`, `id`)
) CHARACTER SET utf8mb4 COMMENT='One record waiting to cross to the peer (an H5 answer, an SMS receipt, a publication),';
        CREATE TABLE IF NOT EXISTS `pad_conflict` (
    `created_at` DATETIME(6) NOT NULL COMMENT '创建时间',
    `updated_at` DATETIME(6) NOT NULL COMMENT '更新时间',
    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
    `client_uuid` CHAR(36) NOT NULL UNIQUE COMMENT '平板记录编号',
    `base_version` INT NOT NULL COMMENT '平板填写时的任务版本',
    `server_version` INT NOT NULL COMMENT '上传时系统中的任务版本',
    `outcome` VARCHAR(16) NOT NULL COMMENT '平板随访结果',
    `answers` JSON NOT NULL COMMENT '平板答案',
    `notes` LONGTEXT NOT NULL COMMENT '平板备注',
    `captured_at` DATETIME(6) NOT NULL COMMENT '平板填写时间',
    `status` VARCHAR(16) NOT NULL COMMENT '处理状态',
    `resolution` VARCHAR(16) COMMENT '处理方式',
    `resolved_at` DATETIME(6) COMMENT '处理时间',
    `patient_id` INT NOT NULL COMMENT '患者',
    `record_id` INT,
    `resolved_by_id` INT,
    `staff_id` INT NOT NULL COMMENT '填写人',
    `task_id` INT NOT NULL COMMENT '随访任务',
    CONSTRAINT `fk_pad_conf_patient_f2af31be` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_pad_conf_followup_a0dd6278` FOREIGN KEY (`record_id`) REFERENCES `followup_record` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_pad_conf_staff_daccb073` FOREIGN KEY (`resolved_by_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_pad_conf_staff_62e89b29` FOREIGN KEY (`staff_id`) REFERENCES `staff` (`id`) ON DELETE RESTRICT,
    CONSTRAINT `fk_pad_conf_followup_0cf3e352` FOREIGN KEY (`task_id`) REFERENCES `followup_task` (`id`) ON DELETE RESTRICT,
    KEY `idx_pad_conflic_status_5f23b6` (`status`, `task_id`)
) CHARACTER SET utf8mb4 COMMENT='A questionnaire captured on a ward pad against a task version that has since changed.';
        ALTER TABLE `exchange_message` ADD `done_at` DATETIME(6) COMMENT '确认或应用时间';
        ALTER TABLE `exchange_message` ADD `body` LONGTEXT NOT NULL COMMENT '密文（确认或应用后清除）';
        ALTER TABLE `exchange_message` ADD `sent_at` DATETIME(6) COMMENT '最近发送';
        ALTER TABLE `exchange_message` ADD `records` INT NOT NULL COMMENT '记录数' DEFAULT 0;
        ALTER TABLE `exchange_message` DROP COLUMN `kind`;
        ALTER TABLE `exchange_message` DROP COLUMN `payload`;
        ALTER TABLE `followup_template` ADD `script` JSON COMMENT '调查话术';
        ALTER TABLE `followup_template` ADD `sampling` JSON COMMENT '抽样规则';
        ALTER TABLE `problem` ADD `ai_triage` JSON COMMENT 'AI 分诊建议';
        ALTER TABLE `staff` ADD `sip_password_cipher` LONGTEXT COMMENT '分机密码（密文）';
        ALTER TABLE `exchange_message` ADD INDEX `idx_exchange_me_directi_07f5f0` (`direction`, `peer`, `status`);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE `exchange_message` DROP INDEX `idx_exchange_me_directi_07f5f0`;
        ALTER TABLE `exchange_message` ADD `kind` VARCHAR(32) NOT NULL;
        ALTER TABLE `exchange_message` ADD `payload` JSON NOT NULL;
        ALTER TABLE `exchange_message` DROP COLUMN `done_at`;
        ALTER TABLE `exchange_message` DROP COLUMN `body`;
        ALTER TABLE `exchange_message` DROP COLUMN `sent_at`;
        ALTER TABLE `exchange_message` DROP COLUMN `records`;
        ALTER TABLE `followup_template` DROP COLUMN `script`;
        ALTER TABLE `followup_template` DROP COLUMN `sampling`;
        ALTER TABLE `problem` DROP COLUMN `ai_triage`;
        ALTER TABLE `staff` DROP COLUMN `sip_password_cipher`;
        DROP TABLE IF EXISTS `exchange_record`;
        DROP TABLE IF EXISTS `ai_provider`;
        DROP TABLE IF EXISTS `pad_conflict`;
        DROP TABLE IF EXISTS `exchange_peer`;
        DROP TABLE IF EXISTS `edge_item`;
        DROP TABLE IF EXISTS `ai_setting`;"""


MODELS_STATE = (
    "eJztfXlz28iS51epUGzEWBFsBy8ApHt2IuSjuzXPbnkkeefttiboAlAQMQYBPgCUmjPT33"
    "0rC/dFASBAFql6f+i5ycoCmFlHnr/874uVoxPLe3ulr0zPMx374h367wsbrwj9R/HLAbrA"
    "63XyFXzgY9Vio3FmmOr5LtZ8+oWBLY/Qj3Tiaa659oOnXNzYBJn2GvsmsX3k+XiL3jxsps"
    "bUeNjMZXl8OUCG66xQPC3yHaSbnrbE7iOd79n0l8j0PfoZfrQdj3hv4cG6o9Enm/Zjj8/Y"
    "2OY/NmThO4/EXxKXPumP/6Afm7ZO/iQe/Ocf9Neuseuv6HMXps5eLJpWX2D/go7/I/8RzL"
    "H+sTBMYukZOQQTsM8X/nbNPru2/V/YQJhaXWiOtVnZyeD11l86djzatH349JHYxMU+gel9"
    "dwNSsTeWFUowElTw85Ihwe9K0ejEwBsLZAvUwQskn10sFr/f3C/uPt0vFhcFuUcUKTGFH2"
    "mODWuGvqrHfv0jvMJP49FUmc4m8nRGh7DXjD9R/goenTAmIGTs+f3+4i/2PfZxMIIJJmGq"
    "5hLgBHC+wNyP9BvfXJFyDmcpc5zWQ9K30T/yfI+4vIvx0QcJ55NN1J71Fw8baTxS6V9K8L"
    "CRJUOm20Aypvl9UyEQ+rP1G9vahgthB/fvr798uru/+vIVZl553j8sxtWr+0/wzZh9us19"
    "+ka+hM8demoE50k8Cfr36/vfEPwn+n83v39iTHc8/9FlT0zG3f+/C3gnvPGdhe08L7CeWr"
    "PRpxEv6chkLWzWesu1kKU8qbUgy8YUVoE6fDVrIeJcajGEb5+shaXpLZ5Mz4zO7exq+EDP"
    "6/KVkKfLrQXKvTbS7+MIvvjt+g7RU0CbjB42M1XD1x9rSn2F/1xYxH70l/Q/5ekOqf+fq9"
    "sPv13dvpGnOUn+Hn4zZl/9lWF9fFVT2TRhfZ6uG9bX2XgXF423XaJ9UBFMDKUN6yfjGqyf"
    "jCtZD19lWR9rQAs4p7wG+kYJ5cvKR1f8H+3Fflkdj+DsU4Y1hdCJSpIwXaUXR7OVnlBwvc"
    "YlMsPtV/dIrrG6R/krIlnd8FVudfs+sXX6Bgv2SQOGFym5ZvyUTKh+J2sqaHmTCdP1hjN+"
    "jhi/nZaVIz0pNUsayVJ84DRUs05XrSrq2Fljt+ECKBB3sARCTeoQKwDMLbECqBDplKYfuo"
    "iKR/Ane7Ni8r+mPMC2RsrWQXqKVmfxweSuzOEYjuSuzulKMIZGm8O4jqZdrWgX9GzL8RY6"
    "3jbR8tIkrdS7g3E9o1/Px/NjKngrOvMi9B1S81Bz9EbKRwX5CWggs/kstC2B/Vinm8EY0Y"
    "NPmQ1HfGgjOd421QsryE9QNK009PGsjoo+nlXr6PBdViK+tqIc9Qj2SOOdUkbLuSzGeqSi"
    "K5JGNURpOuRwm6QZ23SPlNGeoFD48I0BM72trbvOqt32KBCfjCjoWUVPLGk4mvO5P2LOtt"
    "kgBeITFAsfO8RZA4foq5botf96d/N7uQyyVHmz0tR89D/IMr3ePJgX/2xsbA1eAKkb0/JN"
    "23sLz/uX5sKRx1Nw/ihjA0TE7veppoNGLGl7W5vAwYyhGYnizZerv+el9OHzzfu8BQkTvM"
    "/vHvzYSFjR+NMVU+3w96FFAeGr9mHQIvXJOGi6kMjJuWI08K5YVrv0hxztyUg6jHvKUzwF"
    "F9xwKJyzxQBJo1yjPBnHnqED5x2lvJ75RLCavC3QHS6q2tLbqYM6qOK6KSQd8zlKAWjE5C"
    "wR5xyWh3hC1e7hUDoOh5+xqzdjb4qC46PhIrb2JxN8ONZCuqfxozQ3MVyWRU7/4rjEfLT/"
    "RraFOEmOwWHu7tdkppNdx39Fyyr6NFkZLn6O82Vzm5nygnKA+Iwbt/SGvL3+cH9RcTR3wO"
    "mPmcm4YXbTY7kuswvXUw1+w3FwaE5ze4TUZXTqDK3B4lgj64DPdz42DG5Y3NROe5GxeeU1"
    "w136Euj3b58/X7BjWsXaDyaHivM6Lg8ocv19SPrL326JhSsC19HCjuJJ/Jwge3M9szrJn3"
    "i1cMnacf09WfWJznTLJjqfBZpzjXk/9uTRL45lOc/f1vd0qnNdUfTlu1lQn7F6dusJji5n"
    "7KSOrMxhlv2qJFNr4W1WK+xuqzl7Y5N7h/6pc7aFk94lc54Jm9Pr0XAdqhGt8WNJIKg507"
    "4Q3dSwdUs0h65imPprOPOZsA7W42q8yq3QFbbpz9TD6YA4qkQ0v7rOk6mzmrtinWLy7WBn"
    "oaK5WKcH1ipVpO9umI8bl+iIrmMfsXnRm6tr8CgqELqXxnh0+Y6VC/6gfB4grOsu8bxBOB"
    "beFmFbR8TW3O2ayg79INvyosVen/Zy+aKoRBSViKISUVQiHsohJCoRy3SJpukk3WaQ9FJ5"
    "GKe5zY26Kbk9Z43A5VnO5Jez0SPaw6XstNtescJAGa8pcOwqM7UN+7uvzFIhOXDjWk3WeZ"
    "qG62wpeYKZS5BMgOUTiDcr01brfixJNThPR1Wynn2XS4EGRbEJ42MC3hc8hrrO1ou8j+Rm"
    "vDYXVP9eaOZ6GZgdWabfkz+rYuwFSp6rXq6+gokiqRpc4lNY/oYxnEWfyNJMYZ/UTBncdZ"
    "l/+vt95h4vJEHFd/nnm99/jYbnM6OyUqJCIK6NSzbFe8exCLbLRZQmywlHpXR97Y3oQm52"
    "/84hgXY+JLPsxRCKaUJY4S7EjObDIeyiCRQxybOhwjI+ZfhkFItSVsZaRwJ9f3PzOSPQ99"
    "d5iX378v4T3XlMunSQGbjqi4FqYgNbS6713VJMqLgX4hRyPBVpXLO09zBsB7vC2fgLj9DH"
    "602qy0ooD5eLMRk25v9Mn0mRqRJsHGWuj5tshF4SCKpDVY08wY2dcnfE94MfW+KTi74cvO"
    "CS81LjXvTI3S8JurpG3rPpa0vm5gJHmLuxiDdAjk2Q6zyjN1DpgB4iUT9cXL5DjmGgje2b"
    "FiVisF+2Cc/yHRf5G9f26DwFh1yfD3uwHftntCYuMgimHxLk06dF7kk6AG084rGHwhc6Nq"
    "0t+sfG8bGH3gAZ/dodsO8NOi15Iu6WvtKlcPQJRx8fyrhw9EW8FI4+4egrdfQ1LefrtoLv"
    "5SM3/mdf527PRXqnZA/En7Q0CKimwpNNEGo1jaq80jR8VHrBY1sU5EnjuQGJrga1suejKS"
    "vvlsne4ums/osXA2Kjm/6nJ8LSAooWRPLtbhMCxi1IPLBWVJ8RER3hQOBvWKYsg0fADBmO"
    "gP/W0JXLtwisAPp0y9RY0gZV/KkmDvo2oiuEuNQioDq2x4yBCiTiPh9WB5KYPtdxw2THCI"
    "KYrghn42ok2GH0i/gDOo6NCN42omlkMLw3H1+LzTAfjycTZTycyDNpqijSbBgbD8WvdlkR"
    "769/hVM0s4lftixaQKodUHvsJnL4quvzUlu3bm1eioTv4pukSh0ABtT6cLQd1zcFHGuMEJ"
    "mh4jsemWN0m+hY9xH45IJpE4NPqHkPSjbEYug78u5tNI14ZVnTu4yiFBXXQZIuqvo7NIMK"
    "albd06VAyPUBI6nGnOqzmrx3pkn3ToC0YttGAF2iuvfOfl4Q3SsLCKoZniLhmtkzlfky5W"
    "FNg/4ACT0qMRy35HipdrUkFHs5WvgsN+jVd5LRYAy/LKenmu0xgeB6e66b6ybHSjCa3xOl"
    "pbO8+yMbAsoL/FhaFF/N3izV2bG5l+PaJfR3ek37zGSpzo7T3SxoTjzbH7AVFu9dlHi2U9"
    "8Odnm2NTpu4SYDa3m2dRNbCErcV2sfXM3z4QiD0qLr8BcCsJJBl2TY4w5yS1j7FuQYLLuF"
    "+dGTvJPg6VSK9F8GcQm1xMt93Id5bB1vdxYNxPOx64s+eyLpRSS9iKSXAzv+RNLLRUnSi+"
    "6aT2VWU7Xmk1Dw7uodk1nQ/mrfxh/du32j1NIF0yqaqZ5ltJ0Uoxz3Auy/+met/kkVOKMR"
    "rxOSvlZ7Mc+ruRdsSgBMVZ4wAFVlAsUjU0VjhSRqhNbetg9c97atvVmpsHwbF2EVCDk/gW"
    "YzrEZCCM4hgMw/vWIs26sMDVaXYsVEZ2ccdx8VoXaRvykJAtYLvibUB2S1aZu+ySZtvC3S"
    "1qgyVmETDNt1kughHptYqA114yzl6ejGXXiWOdd6SzJ5bO+ZuO26YGZJTwZ3/VXKmVAWth"
    "Fymk5ImGcJ65ugcUyLetcy0sMVvDasdz2wJzHVkgTbj5s1NTY3XqOcmTzd2amB3RtGsaO9"
    "qZlaIDw7ZvcS+jvzZgVHOzI8gKxuxtU0Ccd50kdjKQARN+NoikIw9MVeD36IzpxlbmOw9o"
    "Zgz5zx+K9oDb2A2Z5aWjXA8M+4jUbnnG3cPMOLugPsydoz7zKQvl4quHqc3JRUF42S3JRs"
    "j43q3JRsC5WXU1OukGaZNoBao4QUEkWSPiWQHEJ/Hfsw7qlxiRwX8FRMjUCuCCSHLB1vbf"
    "qYyuYH2RIdqVuWQgJN3qBAvpifcuBnC/QVkYhy9ECQSESJeCkSUUQiykmir7SSdXKlpXum"
    "BwFgeks1gqrrOQR5XJjr3nZbWgIC9HovR1+ktjUP+Ga2QVCQOB5zAn29puxrtPBjAp4BgH"
    "M8lyZSEHDn46zxHNdfOK5elv1T7SHMEHEbp2GA4/MxaHuzusmGHfsKTW8B9fhPZc2PdlWV"
    "Z+i4rivnFnyX2rMtAgrunvGEgx0qUzKkFoxCsHKcTtM7HLgBFzvwhPHZ13Qfztd3Prov+h"
    "6rvWSp5Bp9ZXqQ/bdnM8CraB5ONcr9uJ85Nxg7j8G3k2vMmzUal6al00W7H79ez47P5sBZ"
    "Jt6/WW7MuyuYjqudGgBxSGQ+7YmDojtsPTaR1ZryYd+lFrMqnI6bzdott9auQ19+tSezvg"
    "az8LOkWNOTIezE6VDuaT+6hJovRojWuScDb9NzccXGmT6ewPVgqD2x0aO/2TMCSLdFkO68"
    "JzPvUjNesQm54mj/XNTxtkMWfoT+E6+Ag+W5DY24xlVaQ5eM2jMpIVPg5eJFBa+/YHt778"
    "DfjvNIDhWBkUZQB6kwbOcO7Wb2axe5bI34t7uwLom+yLI4yXYIjgLHZZL6QbbxYg9t71iK"
    "4XcJZTjAX7rO5nGZ0GUTQDK2+4eruw9XH1nIbpFPRPirZm5KoNvvTFCJ1f86WSoLHI9+OV"
    "fFdiBxg2V0QIbH89Jk/X+Qs/E9k37mbT2qYbJW2x5rBOQY9Ds3lV3iZdNLsrG4wEpQRrJy"
    "WZKscsCHP9gP9hUkrwwQRp+v7xj+Cka//HZ9izziAuz4Cm8RwfQNWF9xKGjXJlBmOh1Ga1"
    "waQU8seBzSTYOhtfjWFr0ZjoajAfr773+DySfyT9oSA9uJ+2DfuI/YNv8rgDg39ct3wSNY"
    "jo3jEfbbPbR2YFsg32GZN/BLk584CPnyg5C1x1JwnGdbpOCIFByONBSRghPxUqTgiBSc15"
    "OCk+60Wn4Lt4mJ9wCK4fjN8m/C8fxWerGe5zJ06CTz4b5Ivd0zvKBU160azdPxXAK2pxe8"
    "55ht1mo5ZNz2NNhfN3BbWJKlBuCxKhxM/Gg7nlluP8Zf7rYcM8PqIm8GJGDIYERXz/Ydei"
    "Ye9AhH1x8+/jQaDtD9hy90oEcwNXMcl/2nt7V116HW1RvWaRvkNRzNS0zDvh5SYi39kYTU"
    "YUSU++eRfwQwmhnETXYrC3RNYVEJi0pYVMKiOqpFdVoZ3u2ikarG9j/W+cvthguy/mUXjj"
    "6cOj/ai9mQXxzBCkI9yQj9bwRh4YmaHdegxKTjPOTj+hP6MGnrKxyiWqdHba5/qFjTW6zo"
    "84osfimBPqLiu1d104ylnrPmY+umYW/NHBnPjpiDmio7XC4ZQ3JPjwuH+dmdA0fk1xhf4B"
    "GR++ED3Jy73Csfwqu1hotlEV3DtWAkIC4eojEkzhDLVF3sbkPvRqIepgPfZD65fBf6SBJE"
    "CKKbMHnBaRI5TErhJI7xDqVemkhlT1wwIsYtPDLCIyM8MsIjw4lHhn+bdH8vzF6RbWGrtv"
    "HF7IUs0YsFe1qux4swaNbQH3PBn89xbdrbMsfBDkCJmIJfxxdrp2Ro9BJRjAn9O59DRxlV"
    "gtZKqtYKVqL7jA6Be3BQD07By3AsI9iDZOZHche2LC+1g3NjBrtN4XD0ItUF/WVrGJKvQf"
    "Oey9CGSdKGICeiT5LcgAHCHnp2Td8nNjJtZrF++nJbNGr3m0rkWwtb9OjqkbBFL4QtKmzR"
    "XbbokioelAGbyhzUHc01iqTn1gKye/0w8eVDuxfTL42CVHcfrCDnWmmXRpCAHagR8pAhsI"
    "xUaW/NsZdOgz5cdmxBa87GLWs2Uy2bMlquBRN4DxRpDuguRKP63czQavbnPLRgEn241b6p"
    "IOdaPGn1m/d9k/CXoSOW4AzUkU1CezKCkSaQ6yTJk5qOzuMJZkX0FJJIc+Fk6U9HQGRMdT"
    "1qQNUEwjy0gDzz0W7X6zNNKPoD8qNjFw0urnKLTt7NsZfPr1YW0o1N7h365xA5SEcVR58Z"
    "SHs5VD/pj+TaJ6uLEkdq/N1glwOV0FELMxr2ouP035fYB0wNBpNiEx8BPVo69GWR4bgobI"
    "rEwCecNbHfIYzWG9UyvSXRERWlBzPZ2HRZns5vErJM+8eg4FXt6TkPNrE1d7um6w7RB9Cz"
    "yx/QvyvniX7wvAT/LH3Un2tK5gHdEntIJfTjqJNwAPSh/aBHmAWvpL+cYQTAMCLBSDh1hV"
    "NXOHWFU5cnp+5p5V20kvx+KRfjOn7dcbVfd1zso0K2TXzn4XDOmTyXxiQo7IJ/EwLuDkWJ"
    "sruCsi95zLBNpgaBphMYoDamEh0/m89G7XsL9QC1QS/RRo6PcDznIpLGeAhZMJoc4a5Jql"
    "qT5Yd2dYT6Z4srKkt5Ms6Oi8CjDhg0I6P5DXW6N1KJCyS0M1oIP0d6StKXdAOc9xN9CFWx"
    "ePr61gAnCVqf/sSrW7J2XP+izKOQfDvY6VOg4xZuMrAGbigCGtMOgC0DUigHkmcaqKwKgf"
    "tyDLemNJ3iy3fIXOFHuh4GiK4wF3vOxtYH6NOHX8FoJ7bueJqzDhKvINvqFoA6v159uIOv"
    "6aiCu+HQL/Bgh2CkwZOIDn6HECmWEfx2ffcOPYMT5JlOEbwb0QfJRx54JQovCOCis7k2um"
    "R+CjrRgx08gb4qor/Yd9x/8hDdO5q1AT9VvuRKHkH6GpuhZnraH7k+2NEPglNIINsIN4dw"
    "cwg3h3BzHD13LTiWW2SuZQg5Rg+FRvJV1/X1Rz5sa+Dnk+mZbeSQpuvL1i7I4UCYK91zmm"
    "mgjD8N2Jwh4jpxI73M9/PwdV9CCLHERdM6wgwR566kNPPnMwV6AsikFVBuL8WEqqNvF4Ax"
    "2oT/GaKTWfoBUvTUmHJS1GbQ30qf3yirL01zMoxPDE0+PaiJgdtEFFkqroVRbrPzKYy0R6"
    "ChLZIjPSWXZqJ9vj5nZlH69NcuAvdTk1upjJbrbZkWepjxTIY1i3/71suOmVzJWc5s1+CZ"
    "WQ9oTcZmiQQeXp228YxjRR43RsP7msx0Yiyum4maXV0Veailx0MH7OWvqTkXmb4HjOJpS2"
    "w/ki/E8zDbkyWhvOyQwe54XjB4sUqNroE4GJReDFCccztAHqFipovnJ3uzUllCrYp9bRnB"
    "IjgbX3X+hCCZabN/BFCB0Qu8RffLgqXd24MebI9gCyipdYxMDz2ba/pf1EogbHA4oZfJB0"
    "Zv2NQbW7+E2SlTLRM+hcfAhz8zUtd5foBttA2ymeGjOPI9gXIcRYb2I/IEK2hNOY42tm9a"
    "ASldZDaLUhJb96rTj3WTtVgOjRkStPGNuFLSi6J8vI/9jScCeSKQJwJ5IpAnAnnHDeRlju"
    "g2ScvZM55zN7ukQjOu6agVNGIPYHHhlVjXeRGN55nN3MTrYr2kwOD35uOuLiAx1TkZ0PPx"
    "eDJRxsOJPJOmiiLNhrGGUfxql6rx/vpX0DYyYii6L+iZ4Lh6SdSikvEpisPxfdj4CJmpcI"
    "FIhgQhC0mpC/jZsXcIrIcmYYhoPNeeziCTXpZmSlT4oMxkAixnNgwrdggbKUrjGUNdhcIH"
    "MgwgbqZNSh6OATVAzR63UQQ7Q3SGZ34vserQvGypzSTUB9wqa8Litc13jDJWYccM20E9d6"
    "/PYN8nq7Xf5NhPk3B77h8tCuCBv7UFPklCdlLxTWUIKQAG65I7gb/z2kv7dE2yon2uOzZp"
    "IfUU2SlJffcl/5rj3MR1y4Lb1WpeTMCvntcJCFFXGho3FVJBhOArYY72ysDK19D8rxFViT"
    "wFL4dU7iFyAS5+ZKcaKVEpMIyUnxKwlHBqKO8Jq13nrNGEIY0gzjAfw3E9wkGZ0DOdkCCC"
    "tSWKHUQAXG3r3rtCsOXwr/BgwxNsOnMc1KHPNL3gBZ5Ny0IQpxmwF7Gw5yN6trL/AMZmgj"
    "O5MWFw5sE2XGcVUwyi2inkEmPjUUmgNz5erSGIBGAxawtv2VTuxtZghwaBIOLVLZkSwRQR"
    "TBHBFBFMEcGUYwZTjtvqqJcaKHDLGVCPgAlkBI9nkEgwrAtz0XtvKXqDL9o5+gukPDf+np"
    "Khyv4yMIMxjuzjAG01aQXeyBt94JAAVZroYRcWpDeTVYGUW09Rbr8EIBRpC1caT5rFDA4t"
    "pUB/bSmnIjHXkmLSyYQU0rLjXFL02iI2tVKpndFMSjlCjrOv87ePylCvtCnYeSNNj07Bmc"
    "6QserfSkeRF5iIi5YO3TztKfn3il5duLVenzePydAlGjGfWpkLZfSnug5kaSI3OWHPbh1E"
    "N2XLZZAlP9VVkNy8r28VUJWWHeiNFeGY6nCa1U/NDZZQtWJVawqr701f5Io8m+bU4pMwYZ"
    "jzljTxqKYoeNaE5bE+jk5leQz4A7I6Hh0zw0nf0BMOXOFNkgmyRDwzPFRf59A3Os/wKPsp"
    "3EOGAb2lJWjk1QDStWNxsFuncTwyS8VvUDJ3L82l0RwOJsJp35qErW31hzTxqWoPiZReX5"
    "YAZ4HrW5a7e7EjdB2OGNQKXrvJ4BfD1zc2xFRhPHrGJsOk9B2kuY7H+njEIds32IaOHQGg"
    "LYRj0d2XO8TMqbU/iDp9BE22Lou9Q/p5TGnrkFxXZ48yFEEA3MNBCDuE/wxD4aYf4n16QR"
    "VgGNPG1oMNHUg8GEBXvUMfnatahIh0UF8Kg+pDc4aZBaYuSvhE1FlEnUXUWUSdjxt1Pscq"
    "Ms7jzqLLy8G7vIgmIq85RfYXx7Kc52/raksjN2KnpWGwsZt1I0uDtQ9c0knp0tFBO4d0z2"
    "CmnzZrAMD3Kf27UPf3BoAHojkrOpPtUB17gDRsWW8LlkU30z7YD/Z3zWL4PJuNqX8HDJF4"
    "kSN1G9gMbADyHOQYhmXSB62x7tEZbLRZWw6mz9fJau0AGoi1/Rl9f6JPpD//+wNd9j7RfI"
    "+aEfRYswgiugm2ytIM4Eq8pfNsI2ZmrClNYKZgeHv6HI2OtAmdC3mmxaZG1DRxQ0NHZLgK"
    "W4OXs1jYGsLWuBC2RrWtkbpiiovh27frjxWHQpYstxLg47dA3GYF8NDEuUyygVERiCotBP"
    "Y7s6pteMs2uMZSFNymrR6taDZUkNraZylyzm2HuTxjWXEqhNSJPoH4yFxrY671UAoeqKtF"
    "Ifzr3c3vFckNCUn+qqAqJPofZJleb4v74p+NjR042NWNafmm7b2Fx/5Lw1BiF0cHsGi38Z"
    "a303JnDExQQKCglk7JnviFqv1VUDgRRU4aBpBwExXsguEfb769//wJfb399OH67jpkfnzt"
    "si/hI/qBGaFxXn3OlyI4pbkK1Q6KmIDfuDhXxboZNYTavM2gkVMUPCc8f6CvGXgwkFm3A0"
    "XH12fgEwGEdDdIgKjrVy4QnsHCznk1JamOW1OSqv2a8F2hsQR4eNoZ2zna0zGxOjla+Dae"
    "ipa0AHXv58iiP8qDd7Cx6ZJm3C0jFTwugyLysWE0422ahONL92gs9bH3oxlHUxRikb7c3Q"
    "HYVWLyNO09EIWW7sPpTozJf0Wr6IX+A6nFVaO5g+ic0WPnDHZydsDau2ie0zpo6/I1fcHU"
    "4Grmru+Au/+Wn+9Ml2+ZjtS4OUn65NAXUWC4xGPyPiT/5W+3xMIVyOLx0aF/CGc6n1WePW"
    "Zdh778al8+BbOcKY88+us9I0iPXlQ6npvw6y414xWb8Iy291+NEnUyjiHfNMLk9Wr+3tjk"
    "3qF/XubybX7CM1mbLXObmHq5I7MpUj9r5DVFim+9+glPWxJ9A12JQn8SQPBBGhJ0E4LcIQ"
    "Z+R1ZrKlD4kKwBgS8dfZoSgyUL4tFlMcOpn0eUNijKdByLpmOuezpjSYMi7LE2T9GllqA/"
    "63Rq+l+uf0Fp/qBMg0bGq0SHy32fVfBSX4qsJZG1JLKWRNaSyFo6ZtYSO/3rH7fRcJ5dbC"
    "BszCrGFYXdjmM9xlVQxxokk5MYLC5ZCi1gkrpraes6jy4uAauql5eTIuc9L2cGBf2KTAp9"
    "JY+TiwOlojax2jI+RX7Iphj0QdG7tMyJCtt9GcOadfx9y0G0Jjke74+cFHgwhASecwI1YK"
    "21oHqG177fYGESvuUhTXTYB/oMAF0mcwA5kkldTJ2e5ZHYqaUackVdXZpol3LM1ZUcQI2l"
    "Nwe9FqDwbq6pcFEAQpWsjPYHfAF1t4TNpKxedDeTSWmZ6CmxWB4z5VOVx32zOPTjtLH2cq"
    "Qng4bzKhOoRIOxjm0yhoIesqjF5ikhFxuI5w3Ebu5W52SWUkiZZylTU2UNsfl2KcVZWiFp"
    "niUdB7ya5RHmyXj2dB7tbswFB+uyNksl8l5LsF3z0dSarC3QiWVb5mYXRQaiyOBEeRylbD"
    "TMis9SCc6+nBmfSZTZMw32Kj3XibG5bgpsXmESCfKdsrdxgnyiCnTA34+Zyc6UxQXlqQaX"
    "0xl0XdXQpKY8U07nriNRmMBDYUKZYdcBp8+8wCZnzO5R9AH4C3sm5SfYCOfD8BLkhT25VM"
    "TBPJPNn1OujlRDdMAsstLk90bRU1FatC+P4NiCo23hlJRjNmHTuda65M6v5DfuuaxeA79E"
    "3doevFt5ixXxPPxYhrrViGcr70sw0Rkts0Ylfm3r1SJTblfNWsrcq1O3lh7+Yu3aVQonm5"
    "LZ+ZKxJEH+8l0IVa2bnrbE7mPQGMfHPwBB+3lJ7AFaOs+sJ86z6S/D0ZF94RWL2g78bIGP"
    "LSrNjq6RikqziJei0kxUmpVWmrH/L6yCaszEaDznFU3pUjNpCk1LlbnRKotdrtMYRq5uDC"
    "MXGsOcYlnZhUZs321T3sRZadkKWgku3I1VpoVXQz3nyE4X7hkqnVSJ3orz4RCa+CryiHlr"
    "5EZ+mjJx9AQCHcAwNJFVmoYPQcHzWggqWxqYrYiNey6PQLmZyzLrXj4kUCEynkd9macEPl"
    "HwXIFiHjJp0pH50KIWRZ98nJBBCIXFXdeOZWrbthIpneiAsnGdja0vXEc17eYSksZD2G+j"
    "qc6fhExvAR6zp5JT8b3jWATbFbZymi4nCJUS9iWJyI4+bGr0+5ubz5lD6v11Hqj925f3ny"
    "jvGesTrPwyIADTcU2/ZCdU5yemSEQVT56hK+JC2+zSi73e4ZKd4YCnCv1n4KRueJ5Mh1pQ"
    "Tsj+DTc3UegJM5trU+aoaNUotIeSf7xaW2EBfW2FK0Wzl8J1sCJneazCuT6bKM0lcHgVGF"
    "69mQIcUZyGNGbakJX9Q8HtTNVBMsp4/7LbXqThPFOeLdoWBFRQi5oLkb1+KB7vyLHOr84i"
    "y/vNVOVsRdfNOavY1CKNkoc0yjqpfgA+2lES25kh7rdF3g1/PqSJrLBb0tKgOfbur/GUX8"
    "IZz+M0KQHfLSb+lqzOL9je3jvwt+PMX77i4juOBPa7Frk8jvhXurCiiB5/H2VqBKx0XLZ+"
    "f5AtU5hTsPzx2g6/K6R6hOP8petsHpfpqRfpPO3MefTh6u7D1UcWv1sU2P/XzuSV3LovSV"
    "0p7owaiSslO/Tl/JXfnGf6lYvgwETJDGiJPZZTAg3hM7jIbx42ijRiyDojiLtqE2pqTY2p"
    "XoK63OXk0F3+0xNxtwFcM/iGH6GrPKGCJ+h7ON0ilOF39gyVEDt+EMtrgQ708dMwS4J5xt"
    "6DDSkw9D889D2Jh39HECNG3+O1EHWif8emAdwR5G5sNsqjv8MKXs2L380z6e59sN+wJ2Pk"
    "YYP4Qdt5C68vB2hjW8Tzsu9E34FYRjRF1N0efgN7WdNGBl1MCD/SjSOyckRWDgcqicjKEV"
    "k5Iivnpayc3AXVdEGUkJ/UqpB0Y5xyzMK/R8YkCnnLCsBFyypk+KQVgCxAYhIu7yTkzfkK"
    "Kh4neUWk6Roqoz+pRZRePsFySCeFBcjj+xw/Z7lYjg9jcfL6XsHBWu2CKnpX6pSyRz6TAx"
    "ay8+oCqF3GHhngf+1wXzWsKrm2VUgwgSLfixKrPP31YJdJbgYDF1o0skYZCYxFhuuskLPx"
    "PVOnNuESUwOT2oFgO4I7A1GLk9hwcoOhLCuyBLflRKKmJEtmpCan76AQx8KDjkZgWqqWaR"
    "fauPf+wAebrSxosQSfwcOI+08e5fhKJe4AUaudfUG5wIx0Z519BNz9E0jR0abGZTRL8FIr"
    "AlMg+q7wwg92/JJv0d/ImtnIMBgsNBV7lMoJfhm2t+iZqGjtOhrY3Rq2kQdVL1AJE45RXe"
    "fZI25Ny/qPjJuJ/hW9loStLWxtYWsLW/u4trb6J7t7S3Xf6kKYHNkBM9AuGkt+SjBIfsJw"
    "7ZUJhhQ0RWMp4fR0UIyRDP82lJprIZuCNp7VyUEbz6qT0OC7fOMN0AAWmrleBsl2Wanc01"
    "u84qjOE/Jep5TWYagE6L9nw1Gc3K9qYLZKM6UrL8anv99ntmUhJSremp9vfv81Gp7Pk8oK"
    "K1apmmyfDBHvQpqMDXpYTrVJlBcOm6jNZpmMa+yVybhyq8BXVeCpjeqZcmQnXSaT3jfSBO"
    "yAIG1fGk+GsaNniKnwZsOhtPce6iWtEAypFtpIiuy0VJHUjnrNfre0RVjT3EuTiLzRF3Ma"
    "vSgfZM/UujPHzUuvqsaZdH1it3zG6i1ZO65/UeJjS74c7PKwUdks3GRcDf8apaAHgu+4Wx"
    "QQMn/TTKP3yRzPIPo0xqCxTaf4MnCLgRPp8/VdGe7KfpPVcSxl0WiDhwQ2qvAxCR+T8DEJ"
    "H5PwMR3Vx7Q0vfAGauhlKhB2Yyof9xDuGV8FePZkemYbXqfp+vJKFHjd1KPHDafPFTwopZ"
    "vth1/TPcu9NdHood/I15am4ddP3XJVd+9ScwmrL2p1dedpRTM6fm7looqWtpQaCzpDKuTM"
    "s5yX2FtQHvimhkvwhXZipuRJDwibEn9ysrgpx2z2yNl2Ek3z+OXrDvex6InVY0+sY/V04+"
    "xoqMvfmi3d6lS807uV/oQ9a96Z9x3mOaM13SsOfcKwqlhGxM2XYhnxuBdjGTc2QfR9rK1P"
    "IDEWQzQiDEMMkipXus7Qb9d3yIcy1R+QF6uSMMuXINtxV9gyPaKjJ2xtSDHG0ddDSmIff1"
    "wkkRyqd6yozhcEOUQNq4h5iJiHiHmImAcnMY/odG5w4iYUAjIzb/BpVBdo4vSNxguH74sO"
    "33MMY3ATI2La3ILqfk04nCE6uxXcS8p8wDJ7syKuqZUY1JaDK47dAmWO4QaQnqxZXcbijz"
    "ff3n/+hL7efvpwfXcdpvPGdyf7MuvavP109TnHb/ozS5Sc6iUdjT+71dxHAM4gLrG1xsdG"
    "gfDsmN3L0ZGwzXJK+L3j6ChQiqOjxtGRcG1ploG71GJ4RCo4XoPjhoVLEM3rIc1HtAc8Sw"
    "JnWMMT5YIh4EAbGDIBlJzZEMDNVa1mZ5++geWBjU3P8zTN+R3lnbN4R4Zhpc29K7lQRARL"
    "QyeR+3nPiFWmeOHEeFw3ZJVZXXzVlTiPpn2/dB3fZxwuxmMyAwY7YzIwlIGtxWNfjMv8u+"
    "vYj2iNPe/ZcXUPweLQGdAJYJxiTXM2th8irtAPNAtCqwjrugtoJAB9KivggTYkKB2ZT0b0"
    "rNfHErSWkoas9lEuwVg9yFMBfBVcmgjHT6JT+xtsWQDFSrQf9JnQPNgA3Bv0zN6JPdl7i7"
    "5iz2cBIctcAdTK0vTi5z9j0/cGD7ZFCQDTxfDpX4K1JTI2LgSIKLNNa+OSn5HD/jMkJPTV"
    "YUoG1B5AwRDThf9EVCo/LhF2IQDlP9hLunbQZo3ou5gWe42IJ5i+BnpeOhYBCFf6KwIoVn"
    "p16eGrsoiWYyNWKVYdvooL0sy1CFyJwJUIXInA1bHWgghclQeu1k1slGA0z6GAGGZEJnO4"
    "pJUJ+zvlpB1yeGeXJCNV3nBpEm4jhQBBaujQfpUQPcJyCVAq5tJoDrY5MSIcW2jXWlMcHc"
    "cVLapwLUKGtjj+SshP6wxUADSYCoq1QYZ/BwIpF1c9EZ3uWVi8GFXLAX19wTTipoujQHwy"
    "ZRIXTN5S+rSE+3IG7rWhpGUNIQCnfn0r4xjYJbz5Qc4MvIQ39u6NXlIO+3swJ9MXokPd0C"
    "3RHFf/xXVs/yt+LPU2VYwc7OzlA8MW62jciy4nwJnTQA2cTWf0UpvPZVbeKgUpu9CNJuhV"
    "E/y4FIyurYOXIwDsNV0EmUUDtLY2gQvEIM/omSC6YNwtcuyi0+mAzxX9bYSL5egqpXCxlO"
    "oLwsXyOtZCHRdLdLg3cbSkaQ4YDPa11WI8DJuDN5J9ctNF0Xhp1C4a332KVXBYL+DgLsqg"
    "GjY0R8YHbCg8tgVsaFo8kiopYPmrUtxkaDKcp8UWwSTH8Lycdov3HR9bVGJe2SkLMCDYKh"
    "dtljAv2YDybTgDN2Z6J/lFnz5cf7n6/GY0HoxzFe2RPKbD/P45ZmX7+amQBRO4iblWq564"
    "Yc+cJtXEfImjz2LiPW1he3NRavnSzwe77NxVNOJl4E4bEdsHczCwIeFH2sjGT+Yjq2UesB"
    "YudtDAhSDXsYjHriuilwB37jmZsEWFLXp0+0PYohfCFhW26C5b9LiFlX0cuRC8muisvwuE"
    "pxLDpY3t2X3A3zfDLMm6HI8JOM+ySDNdmg51yvS50SrLonuD39Sa9WeJxvObdg+3m2yQwE"
    "jnY2WvsV9SzrOjh1Q4nmsmBx6SuQLNo/bLHRoPhzU4TkdVspx9lwNEhQRzx9XL+kRVB6Iz"
    "RDynEMmTOSvpmdXMPek6Pcj0FtTkMp9KDuyduIkZugOCJkbXZ7NzZArtaBRpPNvbqdcheu"
    "Iauy0Q/tw9Af4Oll8zJUMMyXFYSd+ch1vlO/IuAi4W2d448SJybpwDz+t6ljJLcA+MOm1p"
    "WrpbhnTdBKTuNUhgX9C6VHEbOLGKDP+C7e29A39rrvtbx+KmzzjrEAeZtrO5BvVKc51eqL"
    "OxMt572bMfu8j5M6Of7sLSJHryNV2IAWsdl0nlB9lGLA83Syyw8CsgCb+C4rLN4zL+1A2f"
    "UprtRD9fFDj/107v7O+Ob2rkosQ/G34z2OWhtZMxdXy02CKuz6rOmE/VBBLfcVmBGbWboC"
    "OSKmcKzAYoSJFmTUwJc2jJLGvXgG8k1ZizcTLbX3qUyTsbGdPLyE0blHRRDtvOs0V0ygXk"
    "BK3Fyzy/nL3ig40RXYG6ySKfLD1q6/lkFbQlJwQRWw9q3KDBOXI3NqVELqE0mmmZ7IxEpo"
    "c0UNjo84InmT4b8kRcT3ishceaDyeK8FjHJ7bwWAuP9UWJx/oHZXQTN1M0nnP3qaKxkorx"
    "WOXDZWqRJ1JS8lLN55jggP48qi/awKTm3GYmSFtudw9ecrZRgSCHbD6b13QuHQDwS3X0bZ"
    "HV91R1rKjjCsdz7aeWRjOWyafun5kX9b2vzsyL74PPN7//Gg3Pp+tlma4TfbMmzLZrsMqz"
    "VFzHHKWJqkLvdU2He3rcqmFaL8s9bVG1UKBKyE+pjlGZgTk6U/H0dfdap1M51lPLZl8Z0l"
    "OS/mxEMFzzGHKahyyGNwf3w2teCd7KW3jgo26+EnKkp7QSFAVgCKYGgYr24QizT6TXtxL2"
    "SjbuLh/2K9Y/OLZhmVppO5j014Ndvtc11sE5nYys0d6e9aik/2Vj0yVIw2t/44Kz0QaMK6"
    "i5pJMi/EhF7vn0Ix97PxB4CQPnI/bREnvIM22NEi+x/ViaPtvHUwBa7H5JGOWz4wKQmGPQ"
    "n24TFPpF2SyUzvTpMzz0xvQ99F3FHlmEU38fBP1mNiuVuJDbS5nnU36xolI6vctKcIl++T"
    "NaEWw/L02LIM9ZEQaI5qzW4G3XI/cqjEw9N4AuA1Cxtyh6z2AYeF8BIQwwxlwqlFTrG4+4"
    "9N2inx45ZzFa0w8cgCjT6EiPLiACwzBliQWobOC3fXZNn7BHPdjfA7S2xWZj6t/hcX7uBf"
    "QB/R2U3iVrC28JAJ1ZDv3eoEeNFyCtuc5zIJGa/mAGZ+ZvwhXp/YBoxX8IJ7FwEgsnsXAS"
    "CyfxUdOak9uguBi+fbv+WHEoZMlyKwE+fgvEPLkdiDIBHCcFQvwqrIIAlSdIe5YmRs3k0B"
    "2yD3zHgTDTYmKcyLnWUqpGg9suT8YzOk6O59JMhrN4NJ9H+0+RZ1MIcBvMnY+pvaGMAfpD"
    "VsZazX3ZcRZjoGK1kEuRkHPJBPlFU2Mcn4aKBnKgxp8B3451HuXjbHyqWle4/1+G6E+Rcx"
    "4MSG+cuTwLjiyDiYd9Pq8rgJ6jMdj2numaLwqkGhsgRXLSuABpESmqNA2Ai/a+Q3qp9rcd"
    "vyxfrzqSExPwHcpJXy9zCJ/JGtlfBL2EdSK/RhsDLEt6Ulr3bg3g9XgTc6g2oS+kzSWWUB"
    "9wbzrrIMG6ofDnQ3osKtMhqBdjVYbQQrvqwj6aoHiUpX6pmldPENkZWgnjYE79tCSoCTxn"
    "PYDqlgodQhKvLuCWlcjrPQzX2DdblC+liTg3teQhplfgbDg8YNFSdn+BX79pu6cUDcf1YQ"
    "d2r5ccWuq2KWfzhIK9JY6Y8wWNvsgqwlOi4uOcC1Egrj6LUxScczjtM0kcWIfj846iUWBi"
    "keeNS0Z/cSzLef62vg+nOwvW160dTS3EisrREhWjA6Z/TWbiht9N1Yv69blpHasGm88Uhb"
    "71eV2X0ZWo9OVsTikQB2Q2Z/pGXd4Wta1aHAblt8Mz+jae8Fy5nLIWuGrf+TVsLHlLPOLf"
    "EpZqdlGaRlcybrA7ny6gWLhAQv8mNDUy68LhAArJ6MMkrLALJjQ8sLMVxVBQPCWANSxNpR"
    "ncqcyphjX18l2YHaZtXNPfZsnyJ9UBH/1g00vaG0AiGtQX67lJKWdd54nAABuS/SzWviFI"
    "zgtfkbhohbfhW5o+euPQ3XbZJOUsPldDp6nIORM5ZyLnTOSciZyzo+ac0V/mNYMZTCg4T9"
    "xQpAlYY6oBRbOTOUQ9ZcIRCt7phR7XxNbbVS5zFnEMEvTbnIBZypOKcqmQNiaPlVce8o8L"
    "QtroQjnaU5J/UOWrGFBa+prlH+3gptGiAh3HwaLcdj9eYCMyH9sE5wqUnAc60vrG8Th+3u"
    "G69CEWQLPJ40ldKGnR+fXwTO/N856cDmfJ83aHSX0vceFwrcH05AY8u2hH6wuzLscL2gNn"
    "vvkgmFrqjo/jrLs88MmgGi73sEwaMFriZky/Xd+BdzsJoV4O0LPpL9Ez1JUbLHzz02aNbE"
    "Kg9Bk85lhbAukKedgg1rasoL3HJ9XxezNeCk+38HQLT7fwdAtP91E93UvTKzWLqj3dCQXH"
    "IG5wm6Uvs6DQ+/iNdYB5VBxLB8LRTbmeIeS7nCPNeYgz6KBEShNwsikTOI2VWd2917NE2P"
    "83EEQ0nvMwjzSHOlxo3sUHmyljSjsb1YvrJNQHjOtsbKYgN4/ryMPxHoi0dXAjq1EjixCp"
    "pusvodF5ySqHy758lWepdl30PJ060gg0PYX+H5w2DBNOGdUsItvBdbin892k9EUAvLXQzP"
    "WybGFXly6X0fJ9ms8IVlmutA7OF2g+AmgkUYd5SdVYidhM6aiffC/lzQnXGXuaHPklpD3J"
    "66AWZ989BCmDSIvtkafje2vI46kaKTWntykCXjfeEDkysRnqbQav7W7wTmY7SCN5BqisZM"
    "ac9RLcF7oebQ1o3VvcIAgAQXjeJRGwZgvxlZByLkAVcpIkTYKo1hBAYwLYJfD9n6DosK67"
    "xKvIJysXWYqEa2wZZQKurKkxNfZoZCtJdVL4JKk6hQ++K6SREey1zSNLk55SIpGsKmybsH"
    "DZa04kgq/8RXjwFRfAzma7ReIDdtyNP2moAEIbRoXALZccmHvLvcP2u1mmLprnNldOwO/5"
    "2FLx6yWlOdKWn7BltjkUy+hP6WRM636yRFj8BVAaA2UijeYvjwHpNKM3jsdTUDjmuCst49"
    "TOUx8/NkIvjMbzAV0Iz2sBXRi0mlJUpWbvnUPDFUI0pn0UtUh9Ots5DKztEUw99c1ZSHas"
    "Tk5K2yEr0wPk3ZK93KQL+FU0T1+b+KgIDzk8Ssvak1sf6BS1S9sPxK69a9szTCJ/4hVVyN"
    "aO6+/Jq090pls20bnyKgAB2JNNjRETTpJVAF/TEaP4gv/plk305bvZfJ+xet57L93caU9e"
    "5RpK8cGtvi7BtevQ37Hal2XBLOfPLnrE+6ZhaowfezLtNj3X+bMOGgKuiOfhxzIg9iaMu1"
    "t5X4KJuDFbuj3MgFXQe8zsgFP02Le2Z8SnXusxiBtZP2UlGcm3g51VGdlx9QozQgqk0fmQ"
    "t9GW0Jrv+/ewwuPdxl5RNef795+R61jEQ9gF0CHfA7Qif0k8UlGF0cm0L5dciFILUWohSi"
    "1EqYUotThqIzt6yDcJu0XjOS6zgMy36QQgdaVh1KgOAj01ZS1S+/dlOST4U5bPjVbpHz2k"
    "+bvOZt2E5zEB50yXxgCVNRsaeowvSbRWJSyTcQ2mT8aVTIevSiAXeiuRTlnXoIQWhfsF29"
    "t7B/7WLHK/pfNweYTtZ05HhsoiZ5hEP9cFe5De6LFvJ9b/A6Y6LpPHD7KNmB3W2cWiCr9K"
    "CMMB/pLuosdlTJY1cTI19R+u7j5cfWTX2yKvtP+12/oKnUhlplfiX9phd6UGvWx02Yj+gA"
    "1hcK8otIcQ5bZHdGTaqXp0AGelvx5amfvQFFwna+z6KxjOitSpeQ117XOJEPp3Np+lO9tc"
    "lthlh3xynWr5ZFoBFSusOmHVCatOWHUcWXUeeSLVxdw1IEtT9AfMp7Qdd4Wti8arQNGhtl"
    "UejqExOR6y0wHLbfTg7vFLTxA7tl3bSv6AY5MXLHC/ujgmR8a5BZjW4+SJBtagUdfsPnTZ"
    "ixtFleqKIibgN6Ub1v0ccCQkFUNOsKwTplDXBDg4iggWOtXu23QNzdKeTnpoWi5B9X0Ly/"
    "oE1YKijhgEiNv1jE1TnqzsX1lacFr2oNEZ7YSfIz0Z6TfNHDgLOWNzQX9smOhSt0AjQ7RX"
    "lcaB9vXVNYp83jNVw5E/YKZiTqszCh6zmq6wAh3nsM+Z7vWxalTTJOgYYFt0yRZdsk/Gy1"
    "vU0prj8OfoBHN56N985gyNlcOmy7VIKNj7YusC0ZW5ZtR7v67Mx2k3ztlSrsvdZn3FRZ/g"
    "HvoEl1saHTD5Y2Yybg6KfayMunwvWF61FnekgnXAe776bvSwrnPqag3+pnQGweCXGFxUsL"
    "jqZPJvG+xi2zdtoodHeEkWV3HQYFc+1z+S4YvkoqnXWxxGI8N1VsjZ+J6pE+RDlxHN2Vg6"
    "sh0fqQR5Pl1j+gD9IGs/6EQSdN4G8CG0oQ+26H9Q6RG9rLiml2eUpGv9ceE5GzdY+fT4Cg"
    "P55E+fuDa2YC38hyjGEWlbB76yRdqWSNsSaVs707biU7tupUJCwXOiSv2Dt4eihAwyTXwZ"
    "1mVwQsEzgxlG7pwAZJ00iUDsEmfKw2YyBKC7AJd1Lsvj6BN5ptEtOMczDZDNpvMmgHa9Cy"
    "ulrzSRWJaMZ7G13BejcZ12HHRUdbbcuNCSY423loNLOF0dNE6RHB7Y7zjZAL2EhqvAT3dl"
    "xh0e7fRI6Re9AHD7PlmtyzB/Kk2bNMnhYsIjrg2c9Ar2HOupZWJZhlTkFvGjnxaNFW9raw"
    "t3YzdsWp6lElG+lxuUhxzrwsdJp7rd1MGK4ozFdb2cudWVcXHSd0C/f/v8+XguTuLB77ax"
    "6ZKLUvdmesBgt2szP7SGV/OJuFBxS3SUIU9KQKWJoly+RfHIwB+5xB7CtvdMP0Omh2woB0"
    "JEN6GsFD9SYZR5N3t9VqmXMwKjCOcTXk3h1RReTeHVPNZaEF5NDiGGei69gzuNP5Ch6EKs"
    "f8mlKIR5W8gZNX2r0RKOCU5oDe+H2tSPT9J1Hl28Kuf8y8XTKfIDVpBqxPbd6GWayGKmzC"
    "n/ZVKzgEUUrhdYr7vY8JtzXlSuc9oH69B+YWpzlqGaV0dAYoKTbmwUwAfAyRP3v9Kgb6Ck"
    "zNQoUDgfDufRGRV8IhkawG2o0F0uDCbKEwI3CLQdlhV5xLpzyx31yOol8uJpDnufBiJPkf"
    "AhdHhsC6HPVGgKGVZQzrUpM2U5FZNL7UHDathzLEPEh6ha7k+qn41Y2H4e9aQLutfxKLYG"
    "EJCiCY5ogtMbm8hqDcCWXbEqnO5c2eVRPngGZsfVInTG78e5u9SMV2zCc+JdnzGjbIuXkp"
    "hRoQdMdczILQx9MWYErkuFuTEnc7hoJOkdwkhzYANQDiDHpf9JNwUCRYgger1hBNfsIyCR"
    "0m03QF4INgpZ61n4UUoBb1QMHh3ioQ/2g32f/TbslxIk2Zu+h1YEext6oyF1G86Edcu0yc"
    "/sv+iNO5tqoAVrhIEvExSWWHjwPX2L56WpLR/sIJ7hwU/AlgXLAsG5DZGwAI1mpqrGZfS6"
    "YXHiW/QVe37msQzNFaoCtiR6Wfi9yPQebCo1zKB7S371ktLDw4LKqCmZsCbghnr5Ft3QWd"
    "fERfRnPpFtWJGwP+zrAP2RMvmj9xdwsCICJyJwIgInInD81hXUcOWeRI0Bw8yXJfqXzNtF"
    "MIQH/VygX1+pH1fWZ0x7Bji0xKfLj2/olGMce4RXTwOdN9bZG2oLabrT0hVSFudrxoSNbN"
    "4m2zBNw2+cMS/kCWYmgsoxOPOrA+edaDrdePPZTIDzGq8LnBd252wyiypXX730t/Rrv+T6"
    "rT6Fc2R8H8RpUY+GBote1jQXDn0Qx67VFrsxT3tK21GaTCGXlWCILY+MSdGB/Lq3aeTMXz"
    "THEC0jFXVwxUzb14KSPdPHk2hLCZRs3mBFBaDzCR0ZAtBZADqfEnv5gMw/+Tj4jup5Ad7c"
    "G3izgB9vw+PG8OOvAcJ5HxW4LuMFhLOAcD5pBteGcK70U4iLsCary1w0HeBlv9z44MYm9w"
    "7901AardseHFX1q3+yvNz0oMOca4dxqphq7VgvoPK40YgaYDz/6agIxrPUXI3de0Q3oIYO"
    "SrGCZgbSVKLacK6r7AT8r4o0Mgbo7du3l+9YrvKauCvTg6J9j+UJL51n+mgX8oM9QrworR"
    "hBtmgZXM+R3+bldGOROyxyh0XusMgdFrnDrxe9p48jF2zPuT6mf8fKeF/snu5hr9n/N2B4"
    "NP5kGL4f0Ez3DN+ZilrN95OB22DF/uxsk4etsGXGw2ENntNRlUxn3+W4DoqIpznr1nUJ2R"
    "kOCTOTcag1TkiE+2UiQxXgZDiBisDat0zPafNh/nlRHu8daidgu3wfpKhyMlApWV9CiD9p"
    "pu+NZoBZYsj7Z8W/v7n5nLnC31/nU4u+fXn/iYqASYAOMgP7tSJ80cSn0MjwTTnvExutKO"
    "Mv2N7eO/C3rgM/no2je0ZWppMWidxl7gj2Mxc5h0D2R7skSPWKPTx0mwSsdVwmmx9km2V8"
    "6NCIhRcOAMLwK3/pOpvHZfzpOvPEjCfkw9Xdh6uPTOlbFPify/G2ywqRGsv8C52HI2lLEx"
    "ImEqY1jH4kH/30ujIHljeSNiOI3Em15Fys84uc4XuKua5T/fDaYz+yjX9vXeEyRjeSbkDR"
    "XLw73ZYlIBslTsxyKI5ql2YJGEg9D+cNQyyA8cgxEEbpiSLAAd9BDh2mU+vfhkPtJz9BcQ"
    "BPpEwA3yjIEJYIliOEMXk2nQUaLPgpNfmy6NI87OMBTuLfXdP3iZ3gRxjMN//TZh0CKwyQ"
    "aTNwBo+KhAqUvl7wPgPkOQH8OfvWh1f1Tc1Dj3TFrB9scKFqzsb2owlA2VWxR96i7wwDYz"
    "Qcfge4dPgu+tGAijH8iX6DIAmZoDfs/zzgxpQ5ZaUH2yJPVN4MWgO75PJnBo9P39tFEIsF"
    "w2w+HIJVLI1nIZ5F8CIevIntIFidIS4FwGXY8EKM0SbR2RuNYDbKnRQv2Xg6syIBbgaBTP"
    "DUl2/gN/jOGgXvdjlA9C9BQzrzyrH95Xf05v/S//305csAvSfmf1JxI/AeXQbMCnjgu8Te"
    "0Q8zE04AYZc1wQRAedunAoodWNn4MUO5KISU2Ts2RLp4bz6+Fof1fDyeTJTxcCLPpKmiSL"
    "Nh7LkufrXLhf3++ldQnTMqtnBrC7e2cGsLt3Zzt3Z0BxQWQrXDL0XCe915CtA1cG8DYGQb"
    "J1P30PRRb5gmnE/TnAzr+fG0RspuI+92mohznisEjjhQ1/kIKDxha9MohBMT8M7olC3EW8"
    "sLyg1iNWF6THAyTOeD0ZH5WeT1L5aDq1oApohy/DaAqgbHD1YGq8gKiZCxpfEE/hpzJfhk"
    "77DBx5tv7z9/Ql9vP324vrsOgXVixYh9mQ0X3H66+pyXQGRvF0Vwt8KWVd2IMU14uJq9YX"
    "OlNfYO1Fzzga05GStybF3Cf+yyJ+++XH3+XCzPybsAGpmMOdqTMhRmGkQj6dqXXneVd+DP"
    "aXCRxAScXySyAq0dpsSoiX+TvUh2baXoHlEqrxGlmHTxOgq9j13cnWnF2YzVZaQ8c/uVVX"
    "SeO1cPX9d9jhzdUSZbVY/Suj7o7DpvDFoUpeSXcIf8PbOGHXnuNqtEfg0lsjyVxRbaj+/J"
    "8kLncz643vmqLtOiOigr7K72LZ0e8hGbLNizM4ckGDSonUKix+NfzCC5j7MZWNYCS9XINP"
    "OAT1iuhmMH3+LtIMhPIHp5/oYsMYNWA2gzeThRSxJHDvJUyBf5G1n7UWsRDz+x1h/LKMMj"
    "uFzSSSLoDbbRZu0R1w9yRagVG2Q72OQ5euNLSK54sF3C8nCR4TqrdFIIE0n0TFgwhmlZP+"
    "ezTujE8JFH38J59ugz6Ut5PnQRcYwH29OwbUPWBXki7jacmWWwYLQlOEy3WdGJ4aUjTkLs"
    "0KODVgQtN7buQqeSpbPxIBcEnkI58p0y8jtLDokyPbBL4hwP8JJ4b9EVFYZrPgE5/JZ3kH"
    "gCzhP6+qs1Exhk3jjPdnX2R+G8o8+F/0tF9JJ4RzErJBydSwYRCR9cJnyEwiq67Sr8CcHw"
    "XZ46fi6ngpeO/VVGNb2ku9zSV/efcvaX8IMdxA8mgrOHDc6KxI8jxQ0r2wpWXowpCp6DVU"
    "FLtzBMKyl1qxq7Ru3DVjOwvmg8z6ylRzUA90uQcMAHm3fEXs8p7HpMFq8dNnOBvzvSCxKS"
    "lskFB2LwrtQCVhg9Cxpz76/PdZBmIEJ0R3HLC8dm5UrvzLF5fE/bHfH94Bfv9LVFwwa1vW"
    "1eiqKWvy0kYJ6Uii63pS4uaaKNg2vi8h16psty6cdzxAaKF3m3oODI8ehhg9hiYk4f+nmp"
    "L+6ob/Rg63gLrXvT/XSxB25AQDtkJWQYFRsWB611XecZPIM6felojzxcCLwrgXfFx7krCo"
    "MiXorCIFEYdJJ4V/E/+zp3e/a/hfdykcXV3VlTJHz0Z4XHtujPmrhCY6CSkbZ/M8Je+rO6"
    "hP5mY7sAZaiB9pEnO5zppzQ/AEsbgD5sDAPMcGk+nrN/z49oFR7JTll577GvLS/KjJPou9"
    "0WycpbqPGwl6FxbXT35Q5peLXG1Lx9RxXsCC92BbNANJiuBHc7oN/4ZLW2IhACjDxtSfSN"
    "RUogbruaVajuQnU/uromVPcLoboL1X2X6n5c5NRjJ4v3X7fvlmTWVGvtMcFJ6+xJSyAWe1"
    "QZPhJTGGXWGdXYvyS0F/09UmDanIx52pPpYds0efcED73iDUhNro3rkjAMVPfsy1JxDV4M"
    "RjLYYwBONptrU6YL1bXK+i6G97FfhqxZD8E4oT4kerGLjRbAxcpYBbfFsB3eQ/dgxb7j4x"
    "K8h+risGg8twkYx6tf3JQBAlf7eMLh3DISrCXdgFDgWFai4KGsjkfHzGqxsOcvKOta3Mc5"
    "0pO5ji8YpCSOeR9LY2+V6eQuaZv82Vb6OdITk74qpJ+4nZo2VC7QiX7KJXXioee2Ya14lo"
    "rnFDVe6sUjlhW53Lxr58q7T812YnyuXdCcXWN1OnfGG74LJp93a9TC4dg41y/dH8Hz8CMp"
    "0YLfh5S//O0WsOHLa26SVf0lmOh8uP5Xz4HGiGHlocYUO3cHG1epgbVw6iEyGFb2UjNdJe"
    "5b9F0n+mZNAMefAZkHomEBQS8sBL6yzO3GRthDNxv/Wi/HoO9u6pcDj39csDBruANCf0Kz"
    "0lQRjhThSBGOzIwT4UgRjtw/HJmc+U0c81kqfps6tgxMjsazOp7g8azaFQzf5SrGKI/IQj"
    "PXy6BVTZbX9+TPqrKxHN1ZBIJ37aBPf7/fHWmMN9Dnm99/jYbnw49lzGc/tsk6z5H1xfrj"
    "rfTug01r7OJVo8zZhOJ0g/BdLPx+QuynF/tbE1sPi8MaqnsTKNibD4cj/iKBqvlfDQEdEo"
    "pWvD+Y/1xWIOYtjTEUS0pTOSqCB1/69Uf05r35X9f6ZRspdH84Edd13EXT6oksFb9pCNzc"
    "AQHDUu6OZpxOEZ4ds8eSVIPbdFR18xT4Loda4oMXt6xepRq2JEXCbYz8aOEai2CPLDa2b5"
    "Zkb7wQB8+Snkwk9FWmpbGwdbgV2ka9s+QnI+9c5FvSRpC5pupSvZv6nFYBS11pvwpKyE9m"
    "FbzKXe9t1BX0xG2VdpyjFZLmWdI6scwn4raSdJ5WSJpnSacjjDVV4DSJyFkqgTgL6lCbMT"
    "VLJNjKQ8uQc2eoyK07TG5dXCy/f2JdXJ5/Wku3btpX+mrhtgXLifK2WQeW8D7qgLtfk5nO"
    "k7HZq7vOshW5tn3k2h4NT+UWoAMvypMcg+8GL6U4uvGwl/FUQqhC1gwkQT0JkxKhxcnGRV"
    "HOK2ApBmU6QaGUohCdfmKQ0eUAWab9AzpvOAwyMZpI3UaZjXmP1oEfLZBZRCrk0dPfRCpk"
    "xEuRCilSIUtTIdeu82TqxG2Yp5Ej4zcZsjRXI3Oz7dWMQyRNiqRJkTTZLmGGPs4vtVJ3Qb"
    "rGJDwv7rj1TACNIo1mEmDqq62gUaThsAbn6ahK1rPv8h0kPL9xSliGiN8kpQuWhgfg75oE"
    "2FCzdumQ3QPsukQj0C6xheKVIz0pzSu9FZpqXqeraRXVbmcNqrOzKRH+e8exCLbLZZ+hy0"
    "lepYR9CTv+pBkm1HA4ZK1yxntL+P3NzeeMcN9f5y/wb1/ef6L6FZNq0jJHhPWOEysRfudu"
    "/c5Hc4rGbulyv2jaa73bNZr2ltdGm04Qn9dgZxI96pKsYdc1iYvehCXZ8UDW14XVbNNVhu"
    "CFS5pJdz678HEKH+fxtSvh4xQ+TuHjPOXGMSfswxHA3n06yCgrHp0ybO96haxpep4ZfpGO"
    "L9N/awrcaOOx2soj33kVaxzriDMZmh4o1TNwLpZi6ETGDDJSUYwodNLWv9YD5DNVzxdNT6"
    "QMEefiyOwSlTUsng5rtqnq27lZ6c2vjledjjc/veoTbz5rQqWxEvwZA0Nn387nICJJQ//r"
    "v4E3f+3v6OwjzPWEXRPY2Ai0IkPEB24FPO9scCtMbwG9gp9KDrCdHuIM3QE9xJEme1jW7+"
    "kWLvgvq71suSzwDlAo66aA86bqVrk1M8v3CFidJ8OnXh22DE62zFUb4czucNLGQ2rkrq6J"
    "69HD93npIMt5hH7ddDDLv/9ps0b05Wx/gCiTfMcd0Jd0YRasr0zbhLnpp2VZqd1MKnyxwh"
    "d7dDVR+GIjXgpfrPDFlvpiNx5xm5roaRp+fbJgn8vMc2VA2hE/lvk5+mjhsJ3rE57YvMae"
    "9+xQXW6JvZKC0R3ewTwhz4xv6RzvBQEsZpy2xPZjqwumYgoBe8HPFVLUJ3zTtxqdaDEB10"
    "mrsyGrR5gboDGMWVWCNlfAmTjl5YhjSe7kT5/YXmjDN8uPz5ByLQxpPIRohzLB7YtDuheA"
    "bmJrsaIWrlNRrfNyUDA3xSEhbtU/m8tBHpNZIAGmTENWtzE02kij+8CgZ64XyQXSuFyngp"
    "xv4NvMvlC1MP7HIiGz6BNZminsk5r1DoeOfZy/mx0ENR1DiFYaz/YWQod52Jaj/SAlZ9dO"
    "vidE3Ge/B91N5xJsCXpaYZ54b2ATOodbzqPZqKtsgY5b6FxQogwoNlEIBMoz5vh8QkUy08"
    "cSBw1n2XpuibSboz0ZS4VBr06miTMs2iJUKiNjsv9NcWpWDENQZZuqLfxqmviU1oGsQImQ"
    "NB2S9B59fStgtYF6SuZ4iBXBhldj1RTcX5TzGch9ahBomiBN5mXa5HykwSluyCRaLZ3olJ"
    "2WlYXqO/lzbdKVsY8HKjvFKe3nKYH9HN6qw7GSlSXd7XOQ8XQG/x4Zr/W8p1OR9gd+kfqk"
    "VoihhMZIblen1klaW0sCZrFlabCsu+kUszRIGKOMNVh7Ku7K1jy1FYU1jXje4om45d646j"
    "4YBUKeVXpZmU7oYpClIXQ4Co6Rcc1e9V2r7jpZY9dfNS4lLtBxXE0Mgcy5zrRzXDdg3W9d"
    "ccK9IssblxZ/zEx2qhyvW2dcWHh79OKGdg/0d+sLSL/y4OjYM9XvKpqHG0l0mxCpYcvak0"
    "Uf6BS3RAvV+jPkkct+3J5cikCAz5pTgAHcEZ/OCyw569y3VWdj64sO9t51MBVswTNlVmBP"
    "+EvX8f3SWpAm7PoMk92Hc/WlPh6bY2uswwjDMjUfkH89x3oqDWg0YNxXrH8IpzzTdZbh2i"
    "GZdcB0tJmsxuVf1CjdT40r8Ry4hP4Cjy46nWimvv+aC9xOtzD3bTA1N4vvgmnC4DsaK72z"
    "c4XLinkPwMvDrU1FmkwAkwuSKHpl5pnzMe26muljSHUYT2qmBtU7J12H/qYVQ5Q3972Pvw"
    "aTcbOrO75SQlY9Edc0TI3xQjBst6Hlx5zqZoXdpqd8FWzrcLW9BuYBBNyhS2dPkk+kC3ca"
    "K/e8I3U9aidjf+1ZO5tq0f4nnXiRuERL+P0F29t7B/724U4usLynQiRppEAqOdOhO/Qss5"
    "+8yBUZZxngwiol+iLL8rjK2HBcJrMfBGrbit7pWKjhAEYYfgduis3jMvk4GxbIOLY/XN19"
    "uPrIom6Lgkyy57tT6vhovA5unXZOj55WwGyuj+nfsdIMhre21KOfm5d3laSBzW1k7IbPaS"
    "ndCHCpCwnHztM9enYdtea7qYzLfnBe3tRkMx9tEjI4K/Ogin+zXuRagNVcADFV9Iza6yC+"
    "NXZDJkRXZRVyQuoqfQFAYeGlhtYAUvCISzXJnzxTJ4j5YFE4wc8I2ygIzyPf+UFsZHroCV"
    "umjhzb2qLnpWkRZPpeREC/LwNV6P4BLwMs/JERpEuenB9BQd1/NIJe+Pbt+mMD7IXNxtTf"
    "Ak0/2zGFOcSeBH+mxwAcCoqFgnSTdCIJ++kCi0FgMQgsBoHF0AyLwSUGnWy5YPdA47L1cm"
    "p+8RlqH8J9w1Sy3H2PkNZ5/yna09mGXdyBnG+w4mnbPi2882zwA0abiA6gsaoxh3IsTYnS"
    "vl9z75+UNtxwIWQpTybp+1Vu90hWVGXwmsEjFCk5LgNveZN2D4dgrpvwOBjNL+oENwoK4G"
    "0tGPBiE/Zmqc6Ozb0gGNmOb2rNwLliCn45nENCkyc6VG7MJzgu5pnPxukMCmahQU7FDENR"
    "INHlqLCnfslQ/RKgA8g17QirWSGSJjlcNU6fh3+/NSFJoGG/cpAYI/fE2Fu3ACS9rkqd58"
    "fqMre1tdtNufM9/Gqw0+9OBy3cTU2X+41N0Jq+ADJcZwUucGfjM+e452xcjaA3v13foSeT"
    "PHsD9NtnZYB++e369pI1fXteYh+ZPtJNvehp73DeWg52NiuMpmJ1/TbudYFsLJCNhTc9M0"
    "5404U3fX9venI219XlE4ozRHzt3tqnV56/KUnkqId7mFAf0HCi+okNLGtuP41VsI2G7Vpr"
    "dQ91+Ex/Jt0NTOtoetTlaYUPk59TrHilhdIidonuWEvOIaWQMtdSplx3V9j90VjIacKTkf"
    "FFBBcTgBRJ8yHVYJQpQJlK4wl4p+TZFIGttp96c05LJGVhNlwjWcrT0W1f5UlgQCOlZSs5"
    "50hP5jR4nXImUIbTxCGUouAWHurAXqE0zIRH4JBr4mBLkQiG5hkaOkQa8DNFIdiZZ6dL/p"
    "NozfiZJhEMzTMUoh6W89iAnykKbtkZIGYPIfQKzUcClNWZyvAVJQU04AkEXWUyH8YYjCnl"
    "GdRmgOabwydzVQVaddgEz7drMXk/zPW60bJPUXAtJt2YRPl0ITyuIhHWHcYAEchj6BfDQM"
    "5VDSLn6jRuUD0l0MadDoGR0mjORGw0ipn3ICaqqvgl/tIdDTPSRFynP6SFJU3m0BdcJnRf"
    "TIYBIq48ivYXFQ2JkiOmxkyFNAfW+qd2z5ldSmof3TMs/LjwCH2JMtC2yl2Wo+IY/vJoNw"
    "xxXadRA5mYgN+90Imp1dUqLmSTVGc+JFL5xwa72PZNe1/EpX9LJjo7mMI+E0WuiGtqy4uS"
    "PJHwm8GuNBGcjHkpSaSaDaK5NF8pGJWI19Wx1mqs63MItvaSxAibqgGHw+FnyN3RcFgnnj"
    "ocVgdU4bssd+kT/dIM63+9u/m9In8oIcn7Wk3NR/+DLJMnwLQu7n5gxu67P3/ND7KuU5ig"
    "4d3f/WX21/8HG46iEA=="
)
