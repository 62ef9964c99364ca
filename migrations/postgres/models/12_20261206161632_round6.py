from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "edge_item" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(24) NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "data" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "answered_at" TIMESTAMPTZ,
    CONSTRAINT "uid_edge_item_kind_4ade26" UNIQUE ("kind", "key")
);
COMMENT ON COLUMN "edge_item"."created_at" IS '创建时间';
COMMENT ON COLUMN "edge_item"."updated_at" IS '更新时间';
COMMENT ON COLUMN "edge_item"."kind" IS '类别';
COMMENT ON COLUMN "edge_item"."key" IS '键（问卷编号或链接摘要）';
COMMENT ON COLUMN "edge_item"."data" IS '加密内容';
COMMENT ON COLUMN "edge_item"."expires_at" IS '过期时间';
COMMENT ON COLUMN "edge_item"."answered_at" IS '已提交时间';
COMMENT ON TABLE "edge_item" IS 'What an extranet edge holds for patients to open: a published questionnaire or H5 link,';
        CREATE TABLE IF NOT EXISTS "exchange_peer" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(32) NOT NULL UNIQUE,
    "next_sequence" BIGINT NOT NULL,
    "acked_through" BIGINT NOT NULL,
    "applied_through" BIGINT NOT NULL,
    "resend_from" BIGINT,
    "last_sent_at" TIMESTAMPTZ,
    "last_received_at" TIMESTAMPTZ,
    "last_applied_at" TIMESTAMPTZ,
    "ack_sent" BIGINT NOT NULL,
    "refused" INT NOT NULL,
    "duplicates" INT NOT NULL,
    "last_error" TEXT NOT NULL,
    "last_error_at" TIMESTAMPTZ
);
COMMENT ON COLUMN "exchange_peer"."created_at" IS '创建时间';
COMMENT ON COLUMN "exchange_peer"."updated_at" IS '更新时间';
COMMENT ON COLUMN "exchange_peer"."name" IS '对端节点';
COMMENT ON COLUMN "exchange_peer"."next_sequence" IS '下一个发出序号';
COMMENT ON COLUMN "exchange_peer"."acked_through" IS '对端已确认到';
COMMENT ON COLUMN "exchange_peer"."applied_through" IS '已应用对端到';
COMMENT ON COLUMN "exchange_peer"."resend_from" IS '对端请求重发起点';
COMMENT ON COLUMN "exchange_peer"."last_sent_at" IS '最近发出';
COMMENT ON COLUMN "exchange_peer"."last_received_at" IS '最近收到';
COMMENT ON COLUMN "exchange_peer"."last_applied_at" IS '最近应用';
COMMENT ON COLUMN "exchange_peer"."ack_sent" IS '已告知对端的确认序号';
COMMENT ON COLUMN "exchange_peer"."refused" IS '拒收批次数';
COMMENT ON COLUMN "exchange_peer"."duplicates" IS '重复批次数（已忽略）';
COMMENT ON COLUMN "exchange_peer"."last_error" IS '最近错误';
COMMENT ON COLUMN "exchange_peer"."last_error_at" IS '最近错误时间';
COMMENT ON TABLE "exchange_peer" IS 'The other node of the intranet-extranet exchange (内外网互通) and where each direction stands:';
        CREATE TABLE IF NOT EXISTS "exchange_record" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "peer" VARCHAR(32) NOT NULL,
    "kind" VARCHAR(24) NOT NULL,
    "data" TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_exchange_re_peer_67f1a5" ON "exchange_record" ("peer", "id");
COMMENT ON COLUMN "exchange_record"."created_at" IS '创建时间';
COMMENT ON COLUMN "exchange_record"."updated_at" IS '更新时间';
COMMENT ON COLUMN "exchange_record"."peer" IS '对端节点';
COMMENT ON COLUMN "exchange_record"."kind" IS '类别';
COMMENT ON COLUMN "exchange_record"."data" IS '加密内容';
COMMENT ON TABLE "exchange_record" IS 'One record waiting to cross to the peer (an H5 answer, an SMS receipt, a publication),';
        CREATE TABLE IF NOT EXISTS "pad_conflict" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "client_uuid" UUID NOT NULL UNIQUE,
    "base_version" INT NOT NULL,
    "server_version" INT NOT NULL,
    "outcome" VARCHAR(16) NOT NULL,
    "answers" JSONB NOT NULL,
    "notes" TEXT NOT NULL,
    "captured_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "resolution" VARCHAR(16),
    "resolved_at" TIMESTAMPTZ,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT,
    "record_id" INT REFERENCES "followup_record" ("id") ON DELETE RESTRICT,
    "resolved_by_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "staff_id" INT NOT NULL REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "task_id" INT NOT NULL REFERENCES "followup_task" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_pad_conflic_status_5f23b6" ON "pad_conflict" ("status", "task_id");
COMMENT ON COLUMN "pad_conflict"."created_at" IS '创建时间';
COMMENT ON COLUMN "pad_conflict"."updated_at" IS '更新时间';
COMMENT ON COLUMN "pad_conflict"."client_uuid" IS '平板记录编号';
COMMENT ON COLUMN "pad_conflict"."base_version" IS '平板填写时的任务版本';
COMMENT ON COLUMN "pad_conflict"."server_version" IS '上传时系统中的任务版本';
COMMENT ON COLUMN "pad_conflict"."outcome" IS '平板随访结果';
COMMENT ON COLUMN "pad_conflict"."answers" IS '平板答案';
COMMENT ON COLUMN "pad_conflict"."notes" IS '平板备注';
COMMENT ON COLUMN "pad_conflict"."captured_at" IS '平板填写时间';
COMMENT ON COLUMN "pad_conflict"."status" IS '处理状态';
COMMENT ON COLUMN "pad_conflict"."resolution" IS '处理方式';
COMMENT ON COLUMN "pad_conflict"."resolved_at" IS '处理时间';
COMMENT ON COLUMN "pad_conflict"."patient_id" IS '患者';
COMMENT ON COLUMN "pad_conflict"."staff_id" IS '填写人';
COMMENT ON COLUMN "pad_conflict"."task_id" IS '随访任务';
COMMENT ON TABLE "pad_conflict" IS 'A questionnaire captured on a ward pad against a task version that has since changed.';
        ALTER TABLE "exchange_message" ADD "sent_at" TIMESTAMPTZ;
        ALTER TABLE "exchange_message" ADD "records" INT NOT NULL DEFAULT 0;
        ALTER TABLE "exchange_message" ADD "done_at" TIMESTAMPTZ;
        ALTER TABLE "exchange_message" ADD "body" TEXT NOT NULL;
        ALTER TABLE "exchange_message" DROP COLUMN "payload";
        ALTER TABLE "exchange_message" DROP COLUMN "kind";
        ALTER TABLE "followup_template" ADD "script" JSONB;
        ALTER TABLE "followup_template" ADD "sampling" JSONB;
        ALTER TABLE "staff" ADD "sip_password_cipher" TEXT;
        COMMENT ON COLUMN exchange_message."sent_at" IS '最近发送';
COMMENT ON COLUMN exchange_message."records" IS '记录数';
COMMENT ON COLUMN exchange_message."done_at" IS '确认或应用时间';
COMMENT ON COLUMN exchange_message."body" IS '密文（确认或应用后清除）';
COMMENT ON COLUMN followup_template."script" IS '调查话术';
COMMENT ON COLUMN followup_template."sampling" IS '抽样规则';
COMMENT ON COLUMN staff."sip_password_cipher" IS '分机密码（密文）';
        CREATE INDEX IF NOT EXISTS "idx_exchange_me_directi_07f5f0" ON "exchange_message" ("direction", "peer", "status");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_exchange_me_directi_07f5f0";
        ALTER TABLE "exchange_message" ADD "payload" JSONB NOT NULL;
        ALTER TABLE "exchange_message" ADD "kind" VARCHAR(32) NOT NULL;
        ALTER TABLE "exchange_message" DROP COLUMN "sent_at";
        ALTER TABLE "exchange_message" DROP COLUMN "records";
        ALTER TABLE "exchange_message" DROP COLUMN "done_at";
        ALTER TABLE "exchange_message" DROP COLUMN "body";
        ALTER TABLE "followup_template" DROP COLUMN "script";
        ALTER TABLE "followup_template" DROP COLUMN "sampling";
        ALTER TABLE "staff" DROP COLUMN "sip_password_cipher";
        DROP TABLE IF EXISTS "exchange_record";
        DROP TABLE IF EXISTS "exchange_peer";
        DROP TABLE IF EXISTS "pad_conflict";
        DROP TABLE IF EXISTS "edge_item";"""


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
    "4Q3dSwdUs0h65imPprOPOZsA7W42q8yq3QFbbpz9TD6YA4qkTc6Kb/6YmwCYp1ism3g52F"
    "ijBuQeKBtUoVGRHREQ6CAG+YTs0SKTDLISeg/Bm6cvkW3S/p8PXaoqJjYx3b2iL6OBeZtk"
    "foSYX8JfEIcp3niprFPh9Wp3iRPtdxQ7UoKlZ0iedsXI0EaxSUqegDOo6NCN42omlUzfje"
    "fHwtBY3z8XgyUcbDiTyTpooizYax86D41S4vwvvrX8GRMEj7jF8ue2yRfH3AnOsuqpteuS"
    "c/tXXrevFTJHy76ZJ4NqQiqPUL1zr2hAYca1xLkqHiOs8jz+iabO45wyO5YNrkjifUh2P9"
    "nqu8Ddu7r57yNppGvDL7ynEsgu3y1Z6iyvFbpWR9MTy6QA4b/39/c/M5c0G8v85dzL9/+/"
    "L+E+U7YzsdZPqZ+zphdkHNqnu6FAi5PmAk1ZhTfVaTqT6raAoUqikztc167z6nL63YthFA"
    "l/XfvbOfl9rvSldDNcNTJFwze6YyoAV5SNqweixJNXhNR1Uym32Xrzw2HLfkeKlOvUso9k"
    "q+49MxcbAsO2z4xG3C9phAcL091811k2MlGM3viVLf4dDzkb3xiLvAj6Xh82r2ZqnOjs29"
    "HNcuob/Ta4pIk6U6O053s6ALWTjV8d5G4ZSGnu0P2Ard/Bclnu3Ut4Ndnm2Njlu4ycBanm"
    "3dxBaCYPhq7YOreT4cYVBadB3+AjqUZNAlGaLh+UuCGNALcgwGjcf86B7Cts6+C55OpUj/"
    "ZRCXUEu83Md9mMfW8XZn84Y8H7u+QOQTiHyHcfYIRL6IlwKRTyDylSLy6a75VGY1VWs+CQ"
    "Xvrt4xmQVAWftChHTv9l27zpOpU2WdaRXNVM8y2k7AWo57AfYPgrBW/6QKnNGI1wlJX6u9"
    "wORWpcNQdiVPWKmVMgF8uKmiweInalTX3RYxrnvb1t6sVFi+5npZdvTckz8rlL0CIecn0G"
    "yG1UgIwTkExfUPG8MYwsmkajKcTDOFfVKz0nvX3fPp7/e7/Tvx1fP55vdfo+F5p09WWFQY"
    "xPYqQ4PlgsoQnZ1x3H1UhNpF/qYkCFgv+JpQH5DVpm36Jpu08bZIW6PKWIVNMGyHOdFDPD"
    "axUBvqxlnK09GNX2WNNra9Z+K2w8vMkp5MhfarlDOhLGwj5DSdkDDPEtY3AcTMwiP0V+pN"
    "cBfLSA9XpjzsS1fpOB9vie3HzZoamxuvUc5Mnu7s1MDuDaPY0d7UTC0Qnh2zewn9nTmswd"
    "GODA+KW5txNU3CcZ700VgKJYvNOJqiEAx9ERXCD+s49yzrblgWyhmP61Z3p5ZWjbL5Mwbc"
    "6JyzjWE2vAhHQOAR7OJr+nqp4OpxclNSeBsluSlZNI7q3JQs2MrLqSlXSLNMG8pfUUIKiS"
    "IJogkkh9Bfxz6M0TcukeMixzBMjUCuCCSHLB1vbfqYyuYH2RIdqVuWQgJwcACGW8xPOfCz"
    "X05SEYkoIhFFJKKIRBSRiHLMRJSmsOvdIq330goyfaWl0dWDADC9pZrEffsOQTYtuD18qe"
    "3eEgi7QMyNuh1renb3/aC/tm3MN6I9oKMvUtuaB3wz2yAoSByPWxUk9pCJRdnXaOHHBLw3"
    "yErxXJpIQcCdj7PGc1x/4bh6WfZPtYcwQ8RtnAZu+Ml8zPp01k027NhXaHoLqMd/KoNJ2l"
    "VVnqHjuq4cVOoptGJQpHHNDpyHqTCn9myLgIK7ZzzhcP3fyJBaMArBynEwqXc4cAMuduAJ"
    "4xMBdR/O13c+ui/6Hqu9ZCX9rveEDbyK5uFUo9yP+5lzg7HzGHw7OQjfrNG4NC2dLtr9+P"
    "V6dnw2B84y8f6wujHvrmA6rnZqAMQhkfm0Jw4KHNl6bCKrNeXDvkstZlU4HTebtVturV2H"
    "vvxqT2Z9DWbhZ0nBfpwPYSdOh3JP+9El1HwxQrTOPRl4m56LKzbO9PEErgdD7YmNHv3Nnh"
    "FAui2CdOc9mXmXmvGKTcgVR/vnYnlH8LYs/IhNqw7I86lzsDy3oRHXuEpr6JJReyYlZAq8"
    "XLyo4PUXbG/vHfjbcR7JoSIw0gjqIBWG7dyh3cx+7SKXrRH/dhfWJdEXWRYn2Q7BUeC4TF"
    "I/yDZe7KHtHUsx/K7QD8Zfus7mcZnQZRNAMrb7h6u7D1cfWchukU9E+Ktmbkqg2+9MUInV"
    "/zpZKgscj345V8V2IHGDZXRAhsfz0tSWCNvI2fieST/zth7VMBG8mYccm2WHOBs3lV3iZd"
    "NLsrG4wEpQRrJyWZKscsCHP9gP9hUkrwwQRp+v7xj+Cka//HZ9izziAuz4Cm8RwfQN4HkI"
    "Cto16PY0mw6jNS6NZlLwOKSbBkNr8a0tejMcDUcD9Pff/waTT+SfoF8AZTtxH+wb9xHb5n"
    "8FEOemfvkueATLsXE8wn67h9YObAvkOyzzBn5p8hMHIV9+ELL2WAqO82yLFByRgsORhiJS"
    "cCJeihQckYLzelJwpDnctvMhYMGU38JtYuI9gGI4frP8m3A8v5VesNEUaAEtk/lwX6Te7h"
    "n+WnoH7+MF7zlm+xp6hPYRhBg06hcaGYDHqnCIGy+W2Y/prow7LMfMsLrImwEJGDIY0dWz"
    "fYeeCbXWXBtdf/j402g4QPcfvtCBHsHUzHFc9p/e1tZdh1pXb+DI0kBew9G8xDTs6yEl1t"
    "IfSUgdRkS5fx75RwCjmUHcZLeyQNcUFpWwqIRFJSyqo1pUp5Xh3S4aqWps/2Odv9xuuCDr"
    "X3bh6MOp86O9mA35xRGsINSTjND/RhAWnqjZcQ1KTDrOQz6uP6EPk7a+wiGqdXrU5vqHij"
    "W9xYo+r8jilxLoI6oDps/Hn5xsX7bYumnYWzNHxrMj5qCmyg6XS8aQ3NPjwmF+dufAEfk1"
    "xhd4ROR++AA35y73yofwaq3hYllE13AtGAmIi4doDIkzxDJVF7vb0LuRqIfpwDeZTy7fhT"
    "6SBBGC6CZMXnCaRA6TUjiJY7xDqZcmUtkTF4yIcQuPjPDICI+M8Mhw4pHh3ybd3wuzV2Rb"
    "2KptfDF7IUv0YsGeluvxIgyaNfTHXPDnc1yb9rbMcbADUCKm4NfxxdopGRq9RBRjQv/O59"
    "BRRpWgtZKqtYKV6D6jQ+AeHNSDU/AyHMsI9iCZ+ZHchS3LS+3g3JjBblM4HL1IdUF/2RqG"
    "5GvQvOcytGGStCHIieiTJDdggLCHnl3T94mNTJtZrJ++3BaN2v2mEvnWwhY9unokbNELYY"
    "sKW3SXLbqkigdlwKYyB3VHc40i6bm1gOxeP0x8+dDuxfRLoyDV3QcryLlW2qURJGAHaoQ8"
    "ZAgsI1XaW3PspdOgD5cdW9Cas3HLms1Uy6aMlmvBBN4DRZoDugvRqH43M7Sa/TkPLZhEH2"
    "61byrIuRZPWv3mfd8k/GXoiCU4A3Vkk9CejGCkCeQ6SfKkpqPzeIJZET2FJNJcOFn60xEQ"
    "GVNdjxpQNYEwDy0gz3y02/X6TBOK/oD86NhFg4ur3KKTd3Ps5fOrlYV0Y5N7h/45RA7SUc"
    "XRZwbSXg7VT/ojufbJ6qLEkRp/N9jlQCV01MKMhr3oOP33JfYBU4PBpNjER0CPlg59WWQ4"
    "LgqbIjHwCWdN7HcIo/VGtUxvSXRERenBTDY2XZan85uELNP+MSh4VXt6zoNNbM3drum6Q/"
    "QB9OzyB/TvynmiHzwvwT9LH/XnmpJ5QLfEHlIJ/TjqJBwAfWg/6BFmwSvpL2cYATCMSDAS"
    "Tl3h1BVOXeHU5cmpe1p5F60kv1/KxbiOX3dc7dcdF/uokG0T33k4nHMmz6UxCQq74N+EgL"
    "tDUaLsrqDsSx4zbJOpQaDpBAaojalEx8/ms1H73kI9QG3QS7SR4yMcz7mIpDEeQhaMJke4"
    "a5Kq1mT5oV0dof7Z4orKUp6Ms+Mi8KgDBs3IaH5Dne6NVOICCe2MFsLPkZ6S9CXdAOf9RB"
    "9CVSyevr41wEmC1qc/8eqWrB3XvyjzKCTfDnb6FOi4hZsMrIEbioDGtANgy4AUyoHkmQYq"
    "q0LgvhzDrSlNp/jyHTJX+JGuhwGiK8zFnrOx9QH69OFXMNqJrTue5qyDxCvItroFoM6vVx"
    "/u4Gs6quBuOPQLPNghGGnwJKKD3yFEimUEv13fvUPP4AR5plME70b0QfKRB16JwgsCuOhs"
    "ro0umZ+CTvRgB0+gr4roL/Yd9588RPeOZm3AT5UvuZJHkL7GZqiZnvZHrg929IPgFBLINs"
    "LNIdwcws0h3BxHz10LjuUWmWsZQo7RQ6GRfNV1ff2RD9sa+PlkemYbOaTp+rK1C3I4EOZK"
    "95xmGijjTwM2Z4i4TtxIL/P9PHzdlxBCLHHRtI4wQ8S5KynN/PlMgZ4AMmkFlNtLMaHq6N"
    "sFYIw24X+G6GSWfoAUPTWmnBS1GfS30uc3yupL05wM4xNDk08PamLgNhFFloprYZTb7HwK"
    "I+0RaGiL5EhPyaWZaJ+vz5lZlD79tYvA/dTkViqj5XpbpoUeZjyTYc3i3771smMmV3KWM9"
    "s1eGbWA1qTsVkigYdXp20841iRx43R8L4mM50Yi+tmomZXV0Ueaunx0AF7+WtqzkWm7wGj"
    "eNoS24/kC/E8zPZkSSgvO2SwO54XDF6sUqNrIA4GpRcDFOfcDpBHqJjp4vnJ3qxUllCrYl"
    "9bRrAIzsZXnT8hSGba7B8BVGD0Am/R/bJgaff2oAfbI9gCSmodI9NDz+aa/he1EggbHE7o"
    "ZfKB0Rs29cbWL2F2ylTLhE/hMfDhz4zUdZ4fYBttg2xm+CiOfE+gHEeRof2IPMEKWlOOo4"
    "3tm1ZASheZzaKUxNa96vRj3WQtlkNjhgRtfCOulPSiKB/vY3/jiUCeCOSJQJ4I5IlA3nED"
    "eZkjuk3ScvaM59zNLqnQjGs6agWN2ANYXHgl1nVeRON5ZjM38bpYLykw+L35uKsLSEx1Tg"
    "b0fDyeTJTxcCLPpKmiSLNhrGEUv9qlary//hW0jYwYiu4LeiY4rl4StahkfIricHwfNj5C"
    "ZipcIJIhQchCUuoCfnbsHQLroUkYIhrPtaczyKSXpZkSFT4oM5kAy5kNw4odwkaK0njGUF"
    "eh8IEMA4ibaZOSh2NADVCzx20Uwc4QneGZ30usOjQvW2ozCfUBt8qasHht8x2jjFXYMcN2"
    "UM/d6zPY98lq7Tc59tMk3J77R4sCeOBvbYFPkpCdVHxTGUIKgMG65E7g77z20j5dk6xon+"
    "uOTVpIPUV2SlLffcm/5jg3cd2y4Ha1mhcT8KvndQJC1JWGxk2FVBAh+EqYo70ysPI1NP9r"
    "RFUiT8HLIZV7iFyAix/ZqUZKVAoMI+WnBCwlnBrKe8Jq1zlrNGFII4gzzMdwXI9wUCb0TC"
    "ckiGBtiWIHEQBX27r3rhBsOfwrPNjwBJvOHAd16DNNL3iBZ9OyEMRpBuxFLOz5iJ6t7D+A"
    "sZngTG5MGJx5sA3XWcUUg6h2CrnE2HhUEuiNj1drCCIBWMzawls2lbuxNdihQSCIeHVLpk"
    "QwRQRTRDBFBFNEMOWYwZTjtjrqpQYK3HIG1CNgAhnB4xkkEgzrwlz03luK3uCLdo7+AinP"
    "jb+nZKiyvwzMYIwj+zhAW01agTfyRh84JECVJnrYhQXpzWRVIOXWU5TbLwEIRdrClcaTZj"
    "GDQ0sp0F9byqlIzLWkmHQyIYW07DiXFL22iE2tVGpnNJNSjpDj7Ov87aMy1CttCnbeSNOj"
    "U3CmM2Ss+rfSUeQFJuKipUM3T3tK/r2iVxdurdfnzWMydIlGzKdW5kIZ/amuA1mayE1O2L"
    "NbB9FN2XIZZMlPdRUkN+/rWwVUpWUHemNFOKY6nGb1U3ODJVStWNWawup70xe5Is+mObX4"
    "JEwY5rwlTTyqKQqeNWF5rI+jU1keA/6ArI5Hx8xw0jf0hANXeJNkgiwRzwwP1dc59I3OMz"
    "zKfgr3kGFAb2kJGnk1gHTtWBzs1mkcj8xS8RuUzN1Lc2k0h4OJcNq3JmFrW/0hTXyq2kMi"
    "pdeXJcBZ4PqW5e5e7AhdhyMGtYLXbjL4xfD1jQ0xVRiPnrHJMCl9B2mu47E+HnHI9g22oW"
    "NHAGgL4Vh09+UOMXNq7Q+iTh9Bk63LYu+Qfh5T2jok19XZowxFEAD3cBDCDuE/w1C46Yd4"
    "n15QBRjGtLH1YEMHEg8G0FXv0EfnqhYhIh3Ul8Kg+tCcYWaBqYsSPhF1FlFnEXUWUefjRp"
    "3PsYqM87iz6PJy8C4voonIa06R/cWxLOf527ra0siN2GlpGGzsZt3I0mDtA5d0Urp0dNDO"
    "Id0zmOmnzRoA8H1K/y7U/b0B4IFozorOZDtUxx4gDVvW24Jl0c20D/aD/V2zGD7PZmPq3w"
    "FDJF7kSN0GNgMbgDwHOYZhmfRBa6x7dAYbbdaWg+nzdbJaO4AGYm1/Rt+f6BPpz//+QJe9"
    "TzTfo2YEPdYsgohugq2yNAO4Em/pPNuImRlrShOYKRjenj5HoyNtQudCnmmxqRE1TdzQ0B"
    "EZrsLW4OUsFraGsDUuhK1RbWukrpjiYvj27fpjxaGQJcutBPj4LRC3WQE8NHEuk2xgVASi"
    "SguB/c6sahvesg2usRQFt2mrRyuaDRWktvZZipxz22Euz1hWnAohdaJPID4y19qYaz2Ugg"
    "fqalEI/3p383tFckNCkr8qqAqJ/gdZptfb4r74Z2NjBw52dWNavml7b+Gx/9IwlNjF0QEs"
    "2m285e203BkDExQQKKilU7InfqFqfxUUTkSRk4YBJNxEBbtg+Mebb+8/f0Jfbz99uL67Dp"
    "kfX7vsS/iIfmBGaJxXn/OlCE5prkK1gyIm4DcuzlWxbkYNoTZvM2jkFAXPCc8f6GsGHgxk"
    "1u1A0fH1GfhEACHdDRIg6vqVC4RnsLBzXk1JquPWlKRqvyZ8V2gsAR6edsZ2jvZ0TKxOjh"
    "a+jaeiJS1A3fs5suiP8uAdbGy6pBl3y0gFj8ugiHxsGM14mybh+NI9Gkt97P1oxtEUhVik"
    "L3d3AHaVmDxNew9EoaX7cLoTY/Jf0Sp6of9AanHVaO4gOmf02DmDnZwdsPYumue0Dtq6fE"
    "1fMDW4mrnrO+Duv+XnO9PlW6YjNW5Okj459EUUGC7xmLwPyX/52y2xcAWyeHx06B/Cmc5n"
    "lWePWdehL7/al0/BLGfKI4/+es8I0qMXlY7nJvy6S814xSY8o+39V6NEnYxjyDeNMHm9mr"
    "83Nrl36J+XuXybn/BM1mbL3CamXu7IbIrUzxp5TZHiW69+wtOWRN9AV6LQnwQQfJCGBN2E"
    "IHeIgd+R1ZoKFD4ka0DgS0efpsRgyYJ4dFnMcOrnEaUNijIdx6LpmOuezljSoAh7rM1TdK"
    "kl6M86nZr+l+tfUJo/KNOgkfEq0eFy32cVvNSXImtJZC2JrCWRtSSylo6ZtcRO//rHbTSc"
    "ZxcbCBuzinFFYbfjWI9xFdSxBsnkJAaLS5ZCC5ik7lraus6ji0vAqurl5aTIec/LmUFBvy"
    "KTQl/J4+TiQKmoTay2jE+RH7IpBn1Q9C4tc6LCdl/GsGYdf99yEK1Jjsf7IycFHgwhgeec"
    "QA1Yay2onuG17zdYmIRveUgTHfaBPgNAl8kcQI5kUhdTp2d5JHZqqYZcUVeXJtqlHHN1JQ"
    "dQY+nNQa8FKLybaypcFIBQJSuj/QFfQN0tYTMpqxfdzWRSWiZ6SiyWx0z5VOVx3ywO/Tht"
    "rL0c6cmg4bzKBCrRYKxjm4yhoIcsarF5SsjFBuJ5A7Gbu9U5maUUUuZZytRUWUNsvl1KcZ"
    "ZWSJpnSccBr2Z5hHkynj2dR7sbc8HBuqzNUom81xJs13w0tSZrC3Ri2Za52UWRgSgyOFEe"
    "RykbDbPis1SCsy9nxmcSZfZMg71Kz3VibK6bAptXmESCfKfsbZwgn6gCHfD3Y2ayM2VxQX"
    "mqweV0Bl1XNTSpKc+U07nrSBQm8FCYUGbYdcDpMy+wyRmzexR9AP7Cnkn5CTbC+TC8BHlh"
    "Ty4VcTDPZPPnlKsj1RAdMIusNPm9UfRUlBbtyyM4tuBoWzgl5ZhN2HSutS658yv5jXsuq9"
    "fAL1G3tgfvVt5iRTwPP5ahbjXi2cr7Ekx0RsusUYlf23q1yJTbVbOWMvfq1K2lh79Yu3aV"
    "wsmmZHa+ZCxJkL98F0JV66anLbH7GDTG8fEPQNB+XhJ7gJbOM+uJ82z6y3B0ZF94xaK2Az"
    "9b4GOLSrOja6Si0izipag0E5VmpZVm7P8Lq6AaMzEaz3lFU7rUTJpC01JlbrTKYpfrNIaR"
    "qxvDyIXGMKdYVnahEdt325Q3cVZatoJWggt3Y5Vp4dVQzzmy04V7hkonVaK34nw4hCa+ij"
    "xi3hq5kZ+mTBw9gUAHMAxNZJWm4UNQ8LwWgsqWBmYrYuOeyyNQbuayzLqXDwlUiIznUV/m"
    "KYFPFDxXoJiHTJp0ZD60qEXRJx8nZBBCYXHXtWOZ2ratREonOqBsXGdj6wvXUU27uYSk8R"
    "D222iq8ych01uAx+yp5FR87zgWwXaFrZymywlCpYR9SSKyow+bGv3+5uZz5pB6f50Hav/2"
    "5f0nynvG+gQrvwwIwHRc0y/ZCdX5iSkSUcWTZ+iKuNA2u/Rir3e4ZGc44KlC/xk4qRueJ9"
    "OhFpQTsn/DzU0UesLM5tqUOSpaNQrtoeQfr9ZWWEBfW+FK0eylcB2syFkeq3CuzyZKcwkc"
    "XgWGV2+mAEcUpyGNmTZkZf9QcDtTdZCMMt6/7LYXaTjPlGeLtgUBFdSi5kJkrx+KxztyrP"
    "Ors8jyfjNVOVvRdXPOKja1SKPkIY2yTqofgI92lMR2Zoj7bZF3w58PaSIr7Ja0NGiOvftr"
    "POWXcMbzOE1KwHeLib8lq/MLtrf3DvztOPOXr7j4jiOB/a5FLo8j/pUurCiix99HmRoBKx"
    "2Xrd8fZMsU5hQsf7y2w+8KqR7hOH/pOpvHZXrqRTpPO3Mefbi6+3D1kcXvFgX2/7UzeSW3"
    "7ktSV4o7o0biSskOfTl/5TfnmX7lIjgwUTIDWmKP5ZRAQ/gMLvKbh40ijRiyzgjirtqEml"
    "pTY6qXoC53OTl0l//0RNxtANcMvuFH6CpPqOAJ+h5Otwhl+J09QyXEjh/E8lqgA338NMyS"
    "YJ6x92BDCgz9Dw99T+Lh3xHEiNH3eC1EnejfsWkAdwS5G5uN8ujvsIJX8+J380y6ex/sN+"
    "zJGHnYIH7Qdt7C68sB2tgW8bzsO9F3IJYRTRF1t4ffwF7WtJFBFxPCj3TjiKwckZXDgUoi"
    "snJEVo7IynkpKyd3QTVdECXkJ7UqJN0Ypxyz8O+RMYlC3rICcNGyChk+aQUgC5CYhMs7CX"
    "lzvoKKx0leEWm6hsroT2oRpZdPsBzSSWEB8vg+x89ZLpbjw1icvL5XcLBWu6CK3pU6peyR"
    "z+SAhey8ugBql7FHBvhfO9xXDatKrm0VEkygyPeixCpPfz3YZZKbwcCFFo2sUUYCY5HhOi"
    "vkbHzP1KlNuMTUwKR2INiO4M5A1OIkNpzcYCjLiizBbTmRqCnJkhmpyek7KMSx8KCjEZiW"
    "qmXahTbuvT/wwWYrC1oswWfwMOL+k0c5vlKJO0DUamdfUC4wI91ZZx8Bd/8EUnS0qXEZzR"
    "K81IrAFIi+K7zwgx2/5Fv0N7JmNjIMBgtNxR6lcoJfhu0teiYqWruOBna3hm3kQdULVMKE"
    "Y1TXefaIW9Oy/iPjZqJ/Ra8lYWsLW1vY2sLWPq6trf7J7t5S3be6ECZHdsAMtIvGkp8SDJ"
    "KfMFx7ZYIhBU3RWEo4PR0UYyTDvw2l5lrIpqCNZ3Vy0Maz6iQ0+C7feAM0gIVmrpdBsl1W"
    "Kvf0Fq84qvOEvNcppXUYKgH679lwFCf3qxqYrdJM6cqL8env95ltWUiJirfm55vff42G5/"
    "OkssKKVaom2ydDxLuQJmODHpZTbRLlhcMmarNZJuMae2Uyrtwq8FUVeGqjeqYc2UmXyaT3"
    "jTQBOyBI25fGk2Hs6BliKrzZcCjtvYd6SSsEQ6qFNpIiOy1VJLWjXrPfLW0R1jT30iQib/"
    "TFnEYvygfZM7XuzHHz0quqcSZdn9gtn7F6S9aO61+U+NiSLwe7PGxUNgs3GVfDv0Yp6IHg"
    "O+4WBYTM3zTT6H0yxzOIPo0xaGzTKb4M3GLgRPp8fVeGu7LfZHUcS1k02uAhgY0qfEzCxy"
    "R8TMLHJHxMR/UxLU0vvIEaepkKhN2Yysc9hHvGVwGePZme2YbXabq+vBIFXjf16HHD6XMF"
    "D0rpZvvh13TPcm9NNHroN/K1pWn49VO3XNXdu9RcwuqLWl3deVrRjI6fW7mooqUtpcaCzp"
    "AKOfMs5yX2FpQHvqnhEnyhnZgpedIDwqbEn5wsbsoxmz1ytp1E0zx++brDfSx6YvXYE+tY"
    "Pd04Oxrq8rdmS7c6Fe/0bqU/Yc+ad+Z9h3nOaE33ikOfMKwqlhFx86VYRjzuxVjGjU0QfR"
    "9r6xNIjMUQjQjDEIOkypWuM/Tb9R3yoUz1B+TFqiTM8iXIdtwVtkyP6OgJWxtSjHH09ZCS"
    "2McfF0kkh+odK6rzBUEOUcMqYh4i5iFiHiLmwUnMIzqdG5y4CYWAzMwbfBrVBZo4faPxwu"
    "H7osP3HMMY3MSImDa3oLpfEw5niM5uBfeSMh+wzN6siGtqJQa15eCKY7dAmWO4AaQna1aX"
    "sfjjzbf3nz+hr7efPlzfXYfpvPHdyb7MujZvP119zvGb/swSJad6SUfjz2419xGAM4hLbK"
    "3xsVEgPDtm93J0JGyznBJ+7zg6CpTi6KhxdCRcW5pl4C61GB6RCo7X4Lhh4RJE83pI8xHt"
    "Ac+SwBnW8ES5YAg40AaGTAAlZzYEcHNVq9nZp29geWBj0/M8TXN+R3nnLN6RYVhpc+9KLh"
    "QRwdLQSeR+3jNilSleODEe1w1ZZVYXX3UlzqNp3y9dx/cZh4vxmMyAwc6YDAxlYGvx2Bfj"
    "Mv/uOvYjWmPPe3Zc3UOwOHQGdAIYp1jTnI3th4gr9APNgtAqwrruAhoJQJ/KCnigDQlKR+"
    "aTET3r9bEEraWkIat9lEswVg/yVABfBZcmwvGT6NT+BlsWQLES7Qd9JjQPNgD3Bj2zd2JP"
    "9t6ir9jzWUDIMlcAtbI0vfj5z9j0vcGDbVECwHQxfPqXYG2JjI0LASLKbNPauORn5LD/DA"
    "kJfXWYkgG1B1AwxHThPxGVyo9LhF0IQPkP9pKuHbRZI/oupsVeI+IJpq+BnpeORQDClf6K"
    "AIqVXl16+KosouXYiFWKVYev4oI0cy0CVyJwJQJXInB1rLUgAlflgat1ExslGM1zKCCGGZ"
    "HJHC5pZcL+Tjlphxze2SXJSJU3XJqE20ghQJAaOrRfJUSPsFwClIq5NJqDbU6MCMcW2rXW"
    "FEfHcUWLKlyLkKEtjr8S8tM6AxUADaaCYm2Q4d+BQMrFVU9Ep3sWFi9G1XJAX18wjbjp4i"
    "gQn0yZxAWTt5Q+LeG+nIF7bShpWUMIwKlf38o4BnYJb36QMwMv4Y29e6OXlMP+HszJ9IXo"
    "UDd0SzTH1X9xHdv/ih9LvU0VIwc7e/nAsMU6Gveiywlw5jRQA2fTGb3U5nOZlbdKQcoudK"
    "MJetUEPy4Fo2vr4OUIAHtNF0Fm0QCtrU3gAjHIM3omiC4Yd4scu+h0OuBzRX8b4WI5ukop"
    "XCyl+oJwsbyOtVDHxRId7k0cLWmaAwaDfW21GA/D5uCNZJ/cdFE0Xhq1i8Z3n2IVHNYLOL"
    "iLMqiGDc2R8QEbCo9tARuaFo+kSgpY/qoUNxmaDOdpsUUwyTE8L6fd4n3HxxaVmFd2ygIM"
    "CLbKRZslzEs2oHwbzsCNmd5JftGnD9dfrj6/GY0H41xFeySP6TC/f45Z2X5+KmTBBG5irt"
    "WqJ27YM6dJNTFf4uizmHhPW9jeXJRavvTzwS47dxWNeBm400bE9sEcDGxI+JE2svGT+chq"
    "mQeshYsdNHAhyHUs4rHriuglwJ17TiZsUWGLHt3+ELbohbBFhS26yxY9bmFlH0cuBK8mOu"
    "vvAuGpxHBpY3t2H/D3zTBLsi7HYwLOsyzSTJemQ50yfW60yrLo3uA3tWb9WaLx/Kbdw+0m"
    "GyQw0vlY2Wvsl5Tz7OghFY7nmsmBh2SuQPOo/XKHxsNhDY7TUZUsZ9/lAFEhwdxx9bI+Ud"
    "WB6AwRzylE8mTOSnpmNXNPuk4PMr0FNbnMp5IDeyduYobugKCJ0fXZ7ByZQjsaRRrP9nbq"
    "dYieuMZuC4Q/d0+Av4Pl10zJEENyHFbSN+fhVvmOvIuAi0W2N068iJwb58Dzup6lzBLcA6"
    "NOW5qW7pYhXTcBqXsNEtgXtC5V3AZOrCLDv2B7e+/A35rr/taxuOkzzjrEQabtbK5BvdJc"
    "pxfqbKyM91727Mcucv7M6Ke7sDSJnnxNF2LAWsdlUvlBthHLw80SCyz8CkjCr6C4bPO4jD"
    "91w6eUZjvRzxcFzv+10zv7u+ObGrko8c+G3wx2eWjtZEwdHy22iOuzqjPmUzWBxHdcVmBG"
    "7SboiKTKmQKzAQpSpFkTU8IcWjLL2jXgG0k15myczPaXHmXyzkbG9DJy0wYlXZTDtvNsEZ"
    "1yATlBa/Eyzy9nr/hgY0RXoG6yyCdLj9p6PlkFbckJQcTWgxo3aHCO3I1NKZFLKI1mWiY7"
    "I5HpIQ0UNvq84Emmz4Y8EdcTHmvhsebDiSI81vGJLTzWwmN9UeKx/kEZ3cTNFI3n3H2qaK"
    "ykYjxW+XCZWuSJlJS8VPM5JjigP4/qizYwqTm3mQnSltvdg5ecbVQgyCGbz+Y1nUsHAPxS"
    "HX1bZPU9VR0r6rjC8Vz7qaXRjGXyqftn5kV976sz8+L74PPN779Gw/Ppelmm60TfrAmz7R"
    "qs8iwV1zFHaaKq0Htd0+GeHrdqmNbLck9bVC0UqBLyU6pjVGZgjs5UPH3dvdbpVI711LLZ"
    "V4b0lKQ/GxEM1zyGnOYhi+HNwf3wmleCt/IWHviom6+EHOkprQRFARiCqUGgon04wuwT6f"
    "WthL2SjbvLh/2K9Q+ObVimVtoOJv31YJfvdY11cE4nI2u0t2c9Kul/2dh0CdLw2t+44Gy0"
    "AeMKai7ppAg/UpF7Pv3Ix94PBF7CwPmIfbTEHvJMW6PES2w/lqbP9vEUgBa7XxJG+ey4AC"
    "TmGPSn2wSFflE2C6UzffoMD70xfQ99V7FHFuHU3wdBv5nNSiUu5PZS5vmUX6yolE7vshJc"
    "ol/+jFYE289L0yLIc1aEAaI5qzV42/XIvQojU88NoMsAVOwtit4zGAbeV0AIA4wxlwol1f"
    "rGIy59t+inR85ZjNb0AwcgyjQ60qMLiMAwTFliASob+G2fXdMn7FEP9vcArW2x2Zj6d3ic"
    "n3sBfUB/B6V3ydrCWwJAZ5ZDvzfoUeMFSGuu8xxIpKY/mMGZ+ZtwRXo/IFrxH8JJLJzEwk"
    "ksnMTCSXzUtObkNiguhm/frj9WHApZstxKgI/fAjFPbgeiTADHSYEQvwqrIEDlCdKepYlR"
    "Mzl0h+wD33EgzLSYGCdyrrWUqtHgtsuT8YyOk+O5NJPhLB7N59H+U+TZFALcBnPnY2pvKG"
    "OA/pCVsVZzX3acxRioWC3kUiTkXDJBftHUGMenoaKBHKjxZ8C3Y51H+Tgbn6rWFe7/lyH6"
    "U+ScBwPSG2cuz4Ijy2DiYZ/P6wqg52gMtr1nuuaLAqnGBkiRnDQuQFpEiipNA+Cive+QXq"
    "r9bccvy9erjuTEBHyHctLXyxzCZ7JG9hdBL2GdyK/RxgDLkp6U1r1bA3g93sQcqk3oC2lz"
    "iSXUB9ybzjpIsG4o/PmQHovKdAjqxViVIbTQrrqwjyYoHmWpX6rm1RNEdoZWwjiYUz8tCW"
    "oCz1kPoLqlQoeQxKsLuGUl8noPwzX2zRblS2kizk0teYjpFTgbDg9YtJTdX+DXb9ruKUXD"
    "cX3Ygd3rJYeWum3K2TyhYG+JI+Z8QaMvsorwlKj4OOdCFIirz+IUBeccTvtMEgfW4fi8o2"
    "gUmFjkeeOS0V8cy3Kev63vw+nOgvV1a0dTC7GicrRExeiA6V+Tmbjhd1P1on59blrHqsHm"
    "M0Whb31e12V0JSp9OZtTCsQBmc2ZvlGXt0VtqxaHQfnt8Iy+jSc8Vy6nrAWu2nd+DRtL3h"
    "KP+LeEpZpdlKbRlYwb7M6nCygWLpDQvwlNjcy6cDiAQjL6MAkr7IIJDQ/sbEUxFBRPCWAN"
    "S1NpBncqc6phTb18F2aHaRvX9LdZsvxJdcBHP9j0kvYGkIgG9cV6blLKWdd5IjDAhmQ/i7"
    "VvCJLzwlckLlrhbfiWpo/eOHS3XTZJOYvP1dBpKnLORM6ZyDkTOWci5+yoOWf0l3nNYAYT"
    "Cs4TNxRpAtaYakDR7GQOUU+ZcISCd3qhxzWx9XaVy5xFHIME/TYnYJbypKJcKqSNyWPllY"
    "f844KQNrpQjvaU5B9U+SoGlJa+ZvlHO7hptKhAx3GwKLfdjxfYiMzHNsG5AiXngY60vnE8"
    "jp93uC59iAXQbPJ4UhdKWnR+PTzTe/O8J6fDWfK83WFS30tcOFxrMD25Ac8u2tH6wqzL8Y"
    "L2wJlvPgimlrrj4zjrLg98MqiGyz0skwaMlrgZ02/Xd+DdTkKolwP0bPpL9Ax15QYL3/y0"
    "WSObECh9Bo851pZAukIeNoi1LSto7/FJdfzejJfC0y083cLTLTzdwtN9VE/30vRKzaJqT3"
    "dCwTGIG9xm6cssKPQ+fmMdYB4Vx9KBcHRTrmcI+S7nSHMe4gw6KJHSBJxsygROY2VWd+/1"
    "LBH2/w0EEY3nPMwjzaEOF5p38cFmypjSzkb14joJ9QHjOhubKcjN4zrycLwHIm0d3Mhq1M"
    "giRKrp+ktodF6yyuGyL1/lWapdFz1Pp440Ak1Pof8Hpw3DhFNGNYvIdnAd7ul8Nyl9EQBv"
    "LTRzvSxb2NWly2W0fJ/mM4JVliutg/MFmo8AGknUYV5SNVYiNlM66iffS3lzwnXGniZHfg"
    "lpT/I6qMXZdw9ByiDSYnvk6fjeGvJ4qkZKzeltioDXjTdEjkxshnqbwWu7G7yT2Q7SSJ4B"
    "KiuZMWe9BPeFrkdbA1r3FjcIAkAQnndJBKzZQnwlpJwLUIWcJEmTIKo1BNCYAHYJfP8nKD"
    "qs6y7xKvLJykWWIuEaW0aZgCtrakyNPRrZSlKdFD5Jqk7hg+8KaWQEe23zyNKkp5RIJKsK"
    "2yYsXPaaE4ngK38RHnzFBbCz2W6R+IAdd+NPGiqA0IZRIXDLJQfm3nLvsP1ulqmL5rnNlR"
    "Pwez62VPx6SWmOtOUnbJltDsUy+lM6GdO6nywRFn8BlMZAmUij+ctjQDrN6I3j8RQUjjnu"
    "Sss4tfPUx4+N0Auj8XxAF8LzWkAXBq2mFFWp2Xvn0HCFEI1pH0UtUp/Odg4Da3sEU099cx"
    "aSHauTk9J2yMr0AHm3ZC836QJ+Fc3T1yY+KsJDDo/Ssvbk1gc6Re3S9gOxa+/a9gyTyJ94"
    "RRWyteP6e/LqE53plk10rrwKQAD2ZFNjxISTZBXA13TEKL7gf7plE335bjbfZ6ye995LN3"
    "fak1e5hlJ8cKuvS3DtOvR3rPZlWTDL+bOLHvG+aZga48eeTLtNz3X+rIOGgCviefixDIi9"
    "CePuVt6XYCJuzJZuDzNgFfQeMzvgFD32re0Z8anXegziRtZPWUlG8u1gZ1VGdly9woyQAm"
    "l0PuRttCW05vv+PazweLexV1TN+f79Z+Q6FvEQdgF0yPcArchfEo9UVGF0Mu3LJRei1EKU"
    "WohSC1FqIUotjtrIjh7yTcJu0XiOyywg8206AUhdaRg1qoNAT01Zi9T+fVkOCf6U5XOjVf"
    "pHD2n+rrNZN+F5TMA506UxQGXNhoYe40sSrVUJy2Rcg+mTcSXT4asSyIXeSqRT1jUooUXh"
    "fsH29t6BvzWL3G/pPFweYfuZ05GhssgZJtHPdcEepDd67NuJ9f+AqY7L5PGDbCNmh3V2sa"
    "jCrxLCcIC/pLvocRmTZU2cTE39h6u7D1cf2fW2yCvtf+22vkInUpnplfiXdthdqUEvG102"
    "oj9gQxjcKwrtIUS57REdmXaqHh3AWemvh1bmPjQF18kau/4KhrMidWpeQ137XCKE/p3NZ+"
    "nONpcldtkhn1ynWj6ZVkDFCqtOWHXCqhNWHUdWnUeeSHUxdw3I0hT9AfMpbcddYeui8SpQ"
    "dKhtlYdjaEyOh+x0wHIbPbh7/NITxI5t17aSP+DY5AUL3K8ujsmRcW4BpvU4eaKBNWjUNb"
    "sPXfbiRlGluqKICfhN6YZ1PwccCUnFkBMs64Qp1DUBDo4igoVOtfs2XUOztKeTHpqWS1B9"
    "38KyPkG1oKgjBgHidj1j05QnK/tXlhaclj1odEY74edIT0b6TTMHzkLOBddMTZ9LgY5zfO"
    "FMm/T4Dq6pe3aM5CzaMYt2zCfjTiyqA80B33N0grk8NAo+c4bGWkjT5VokFOx9ESNftP+t"
    "GV7dr/3vcfpac7aU63K3WQNr0ZC2h4a05ZZGB0z+mJmMm4NiHyujLt8LlletxR2pYB3wnq"
    "8GDz2s65y6WoO/KZ1BMPglBhcVLK5aZvzbBrvY9k2b6OERXpIuVBw02JU49I9k+CK5aOo1"
    "sYbRyHCdFXI2vmfqBPnQzkJzNpaObMdHKkGeT9eYPkA/yNoPWl4ELZ4B5QZt6IMt+h9Uek"
    "Qvq+Lo5RkleUF/XHjOxg1WPj2+wogx+dMnro0tWAv/Iao+RH7Qga9skR8k8oNEftDO/KD4"
    "1K6bEp9Q8JwRUf/g7SH7PQOBEl+GdRmcUPDMYAbGOieAjSZNIrS0xJnysJkMAVEtAACdy/"
    "I4+kSeaXQLzvFMAwit6bwJclrvwkrpK00kliXjWWwt98VoXKfvAx1VnZY1LvR+WOOt5eAS"
    "TlfDx6VIDo8gd5ywcy8IcVUom7tSsA4Pq3mkOH8vSM++T1brMnCZStMmTXK4mPCIawMnvY"
    "I9x3pqmcGUIRVJLPzop0Vjxdva2sLd2A27Y2epRJTv5U7YIce68HHSqW43dUCJOGNxXS9n"
    "bnVlXJz0HdDv3z5/Pp6Lk3jwu21suuSi1L2ZHjDY7drMD63h1XwiLpR2Eh1lyJNaQ2miKJ"
    "dvUTwy8EcusYew7T3Tz5DpIRvqThDRTahfxI9UGGXezV6fVerljFAPwvmEV1N4NYVXU3g1"
    "j7UWhFeTQyybnmu84E7jD80muhDrX3IpCmHeFnJGTd9qtIRjghNaw/vBA/Xjk3SdRxevyj"
    "n/cpVuivyApYoasX03epkmspgpc8p/mdTsYyEqpAus111s+M05L0qkOW24dGi/MLU5y+Cz"
    "qyMgMcFJd9AJ6tTh5IkbLWnQoE5SZmoUKJwPh/PojAo+kQwNcB1UaGMWBhPlCYEbBPrbyo"
    "o8Ym2g5Y6aMfUSefE0h71PA5GnSPgQOjy2hdBnKnQfDODpZnNtykxZTsXkUnvQsBo2t8oQ"
    "8SGqlvuT6mcjFrafR83PgjZpPIqtAdag6LYiuq30xiayWgOCYlesCqc7V3Z5lA+egdlxtQ"
    "id8ftx7i414xWb8Jx412fMKNtLpCRmVGg2Uh0zcgtDX4wZgetSYW7MyRwuGkl6hzDSHNgA"
    "lAPIcel/0k2BQBEiiF5vGME1+wiQl3TbDZAXolpC1noW55JSwBsVg0eHeOiD/WDfZ78NG3"
    "MESfam76EVwd6G3mhI3YYzYd0ybfIz+y96486mGmjBGmEovwSFJRYefE/f4nlpassHO4hn"
    "ePATsGXBskBwbkMkLIA9mamqcRm9blic+BZ9xZ6feSyDDYWqgC2JXhZ+LzK9B5tKDTOM2J"
    "JfvaT08LCgMmpKJqzbtKFevkU3dNY1cRH9mU9kG1Yk7I8vOkB/pEz+6P0F7qiIwIkInIjA"
    "iQgcv3UFNVy5J1FjwMDZZYn+JfN2EQzhQT8XjNFX6seV9RnTnjWc9uny4xs65RjHHuHV04"
    "CBjXX2htpCmu60dIWUxfmawUcjm7fJNkzT8BtnzAt5gpmJoHKMAvzqUGAnmk433nw2Eyiw"
    "xutCgYXdOZvMosrVVy/9Lf3aL7l+q0/hHBnfB3Fa1KOhwaKXNc2FQx/EsWu1xW7M057Sdp"
    "QmU8hlJRhiyyNjUnQgv+5tGjnzF80xRMtIRR1cMdP2taBkz/TxJNpSAiWbN1hRAeh8QkeG"
    "AHQWgM6nxF4+IPNPPg6+o3pegDf3Bt4s4Mfb8Lgx/PhrgHDeRwWuy3gB4SwgnE+awbUhnC"
    "v9FOIirMnqMhdNB3jZLzc+uLHJvUP/NJRG67YHR1X96p8sLzc96DDn2mGcKqZaO9YLqDxu"
    "NKIGGM9/OiqC8Sw1V2P3HtENqKGDUqygmYE0lag2nGtfOgH/qyKNjAF6+/bt5TuWq7wm7s"
    "r0oGjfY3nCS+eZPtqF/GCPEC9KK0aQLVoG13Pkt3k53VjkDovcYZE7LHKHRe7w60Xv6ePI"
    "Bdtzro/p37Ey3he7p3vYa/b/DRgejT8Zhu8HNNM9w3emolbz/WTgNlixPzvb5GErbJnxcF"
    "iD53RUJdPZdzmugyLiac66dV1CdoZDwsxkHGqNExLhfpnIUAU4GU6gIrD2LdNz2nyYf16U"
    "x3uH2gnYLt8HKaqcDFRK1pcQ4k+a6XujGWCWGPL+WfHvb24+Z67w99f51KJvX95/oiJgEq"
    "CDzMB+rQhfNPEpNDJ8U877xEYryvgLtrf3Dvyt68CPZ+PonpGV6aRFIneZO4L9zEXOIZD9"
    "0S4JUr1iDw/dJgFrHZfJ5gfZZhkfOjRi4YUDgDD8yl+6zuZxGX+6zjwx4wn5cHX34eojU/"
    "oWBf7ncrztskKkxjL/QufhSNrShISJhGkNox/JRz+9rsyB5Y2kzQgid1ItORfr/CJn+J5i"
    "rutUP7z22I9s499bV7iM0Y2kG1A0F+9Ot2UJyEaJE7MciqPapVkCBlLPw3nDEAtgPHIMhF"
    "F6oghwwHeQQ4fp1Pq34VD7yU9QHMATKRPANwoyhCWC5QhhTJ5NZ4EGC35KTb4sujQP+3iA"
    "k/h31/R9Yif4EQbzzf+0WYfACgNk2gycwaMioQKlrxe8zwB5TgB/zr714VV9U/PQI10x6w"
    "cbXKias7H9aAJQdlXskbfoO8PAGA2H3wEuHb6LfjSgYgx/ot8gSEIm6A37Pw+4MWVOWenB"
    "tsgTlTeD1sAuufyZwePT93YRxGLBMJsPh2AVS+NZiGcRvIgHb2I7CFZniEsBcBk2vBBjtE"
    "l09kYjmI1yJ8VLNp7OrEiAm0EgEzz15Rv4Db6zRsG7XQ4Q/UvQkM68cmx/+R29+b/0fz99"
    "+TJA74n5n1TcCLxHlwGzAh74LrF39MPMhBNA2GVNMAFQ3vapgGIHVjZ+zFAuCiFl9o4NkS"
    "7em4+vxWE9H48nE2U8nMgzaaoo0mwYe66LX+1yYb+//hVU54yKLdzawq0t3NrCrd3crR3d"
    "AYWFUO3wS5HwXneeAnQN3NsAGNnGydQ9NH3UG6YJ59M0J8N6fjytkbLbyLudJuKc5wqBIw"
    "7UdT4CCk/Y2jQK4cQEvDM6ZQvx1vKCcoNYTZgeE5wM0/lgdGR+Fnn9i+XgqhaAKaIcvw2g"
    "qsHxg5XBKrJCImRsaTyBv8ZcCT7ZO2zw8ebb+8+f0NfbTx+u765DYJ1YMWJfZsMFt5+uPu"
    "clENnbRRHcrbBlVTdiTBMermZv2Fxpjb0DNdd8YGtOxoocW5fwH7vsybsvV58/F8tz8i6A"
    "RiZjjvakDIWZBtFIuval113lHfhzGlwkMQHnF4msQGuHKTFq4t9kL5JdWym6R5TKa0QpJl"
    "28jkLvYxd3Z1pxNmN1GSnP3H5lFZ3nztXD13WfI0d3lMlW1aO0rg86u84bgxZFKfkl3CF/"
    "z6xhR567zSqRX0OJLE9lsYX243uyvND5nA+ud76qy7SoDsoKu6t9S6eHfMQmC/bszCEJBg"
    "1qp5Do8fgXM0ju42wGlrXAUjUyzTzgE5ar4djBt3g7CPITiF6evyFLzKDVANpMHk7UksSR"
    "gzwV8kX+RtZ+1FrEw0+s9ccyyvAILpd0kgh6g220WXvE9YNcEWrFBtkONnmO3vgSkisebJ"
    "ewPFxkuM4qnRTCRBI9ExaMYVrWz/msEzoxfOTRt3CePfpM+lKeD11EHOPB9jRs25B1QZ6I"
    "uw1nZhksGG0JDtNtVnRieOmIkxA79OigFUHLja270Klk6Ww8yAWBp1COfKeM/M6SQ6JMD+"
    "ySOMcDvCTeW3RFheGaT0AOv+UdJJ6A84S+/mrNBAaZN86zXZ39UTjv6HPh/1IRvSTeUcwK"
    "CUfnkkFEwgeXCR+hsIpuuwp/QjB8l6eOn8up4KVjf5VRTS/pLrf01f2nnP0l/GAH8YOJ4O"
    "xhg7Mi8eNIccPKtoKVF2OKgudgVdDSLQzTSkrdqsauUfuw1QysLxrPM2vpUQ3A/RIkHPDB"
    "5h2x13MKux6TxWuHzVzg7470goSkZXLBgRi8K7WAFUbPgsbc++tzHaQZiBDdUdzywrFZud"
    "I7c2we39N2R3w/+MU7fW3RsEFtb5uXoqjlbwsJmCelosttqYtLmmjj4Jq4fIee6bJc+vEc"
    "sYHiRd4tKDhyPHrYILaYmNOHfl7qizvqGz3YOt5C6950P13sgRsQ0A5ZCRlGxYbFQWtd13"
    "kGz6BOXzraIw8XAu9K4F3xce6KwqCIl6IwSBQGnSTeVfzPvs7dnv1v4b1cZHF1d9YUCR/9"
    "WeGxLfqzJq7QGKhkpO3fjLCX/qwuob/Z2C5AGWqgfeTJDmf6Kc0PwNIGoA8bwwAzXJqP5+"
    "zf8yNahUeyU1bee+xry4sy4yT6brdFsvIWajzsZWhcG919uUMaXq0xNW/fUQU7wotdwSwQ"
    "DaYrwd0O6Dc+Wa2tCIQAI09bEn1jkRKI265mFaq7UN2Prq4J1f1CqO5Cdd+luh8XOfXYye"
    "L91+27JZk11Vp7THDSOnvSEojFHlWGj8QURpl1RjX2LwntRX+PFJg2J2Oe9mR62DZN3j3B"
    "Q694A1KTa+O6JAwD1T37slRcgxeDkQz2GICTzebalOlCda2yvovhfeyXIWvWQzBOqA+JXu"
    "xiowVwsTJWwW0xbIf30D1Yse/4uATvobo4LBrPbQLG8eoXN2WAwNU+nnA4t4wEa0k3IBQ4"
    "lpUoeCir49Exs1os7PkLyroW93GO9GSu4wsGKYlj3sfS2FtlOrlL2iZ/tpV+jvTEpK8K6S"
    "dup6YNlQt0op9ySZ146LltWCuepeI5RY2XevGIZUUuN+/aufLuU7OdGJ9rFzRn11idzp3x"
    "hu+CyefdGrVwODbO9Uv3R/A8/EhKtOD3IeUvf7sFbPjymptkVX8JJjofrv/Vc6AxYlh5qD"
    "HFzt3BxlVqYC2ceogMhpW91ExXifsWfdeJvlkTwPFnQOaBaFhA0AsLga8sc7uxEfbQzca/"
    "1ssx6Lub+uXA4x8XLMwa7oDQn9CsNFWEI0U4UoQjM+NEOFKEI/cPRyZnfhPHfJaK36aOLQ"
    "OTo/Gsjid4PKt2BcN3uYoxyiOy0Mz1MmhVk+X1PfmzqmwsR3cWgeBdO+jT3+93RxrjDfT5"
    "5vdfo+H58GMZ89mPbbLOc2R9sf54K737YNMau3jVKHM2oTjdIHwXC7+fEPvpxf7WxNbD4r"
    "CG6t4ECvbmw+GIv0igav5XQ0CHhKIV7w/mP5cViHlLYwzFktJUjorgwZd+/RG9eW/+17V+"
    "2UYK3R9OxHUdd9G0eiJLxW8aAjd3QMCwlLujGadThGfH7LEk1eA2HVXdPAW+y6GW+ODFLa"
    "tXqYYtSZFwGyM/WrjGItgji43tmyXZGy/EwbOkJxMJfZVpaSxsHW6FtlHvLPnJyDsX+Za0"
    "EWSuqbpU76Y+p1XAUlfar4IS8pNZBa9y13sbdQU9cVulHedohaR5lrROLPOJuK0knacVku"
    "ZZ0ukIY00VOE0icpZKIM6COtRmTM0SCbby0DLk3BkqcusOk1sXF8vvn1gXl+ef1tKtm/aV"
    "vlq4bcFyorxt1oElvI864O7XZKbzZGz26q6zbEWubR+5tkfDU7kF6MCL8iTH4LvBSymObj"
    "zsZTyVEKqQNQNJUE/CpERocbJxUZTzCliKQZlOUCilKESnnxhkdDlAlmn/gM4bDoNMjCZS"
    "t1FmY96jdeBHC2QWkQp59PQ3kQoZ8VKkQopUyNJUyLXrPJk6cRvmaeTI+E2GLM3VyNxsez"
    "XjEEmTImlSJE22S5ihj/NLrdRdkK4xCc+LO249E0CjSKOZBJj6aitoFGk4rMF5OqqS9ey7"
    "fAcJz2+cEpYh4jdJ6YKl4QH4uyYBNtSsXTpk9wC7LtEItEtsoXjlSE9K80pvhaaa1+lqWk"
    "W121mD6uxsSoT/3nEsgu1y2WfocpJXKWFfwo4/aYYJNRwOWauc8d4Sfn9z8zkj3PfX+Qv8"
    "25f3n6h+xaSatMwRYb3jxEqE37lbv/PRnKKxW7rcL5r2Wu92jaa95bXRphPE5zXYmUSPui"
    "Rr2HVN4qI3YUl2PJD1dWE123SVIXjhkmbSnc8ufJzCx3l87Ur4OIWPU/g4T7lxzAn7cASw"
    "d58OMsqKR6cM27teIWuanmeGX6Tjy/TfmgI32nistvLId17FGsc64kyGpgdK9Qyci6UYOp"
    "Exg4xUFCMKnbT1r/UA+UzV80XTEylDxLk4MrtEZQ2Lp8Oabar6dm5WevOr41Wn481Pr/rE"
    "m8+aUGmsBH/GwNDZt/M5iEjS0P/6b+DNX/s7OvsIcz1h1wQ2NgKtyBDxgVsBzzsb3ArTW0"
    "Cv4KeSA2ynhzhDd0APcaTJHpb1e7qFC/7Lai9bLgu8AxTKuingvKm6VW7NzPI9AlbnyfCp"
    "V4ctg5Mtc9VGOLM7nLTxkBq5q2vievTwfV46yHIeoV83Hczy73/arBF9OdsfIMok33EH9C"
    "VdmAXrK9M2YW76aVlWajeTCl+s8MUeXU0UvtiIl8IXK3yxpb7YjUfcpiZ6moZfnyzY5zLz"
    "XBmQdsSPZX6OPlo4bOf6hCc2r7HnPTtUl1tir6RgdId3ME/IM+NbOsd7QQCLGactsf3Y6o"
    "KpmELAXvBzhRT1Cd/0rUYnWkzAddLqbMjqEeYGaAxjVpWgzRVwJk55OeJYkjv50ye2F9rw"
    "zfLjM6RcC0MaDyHaoUxw++KQ7gWgm9harKiF61RU67wcFMxNcUiIW/XP5nKQx2QWSIAp05"
    "DVbQyNNtLoPjDometFcoE0LtepIOcb+DazL1QtjP+xSMgs+kSWZgr7pGa9w6FjH+fvZgdB"
    "TccQopXGs72F0GEetuVoP0jJ2bWT7wkR99nvQXfTuQRbgp5WmCfeG9iEzuGW82g26ipboO"
    "MWOheUKAOKTRQCgfKMOT6fUJHM9LHEQcNZtp5bIu3maE/GUmHQq5Np4gyLtgiVysiY7H9T"
    "nJoVwxBU2aZqC7+aJj6ldSArUCIkTYckvUdf3wpYbaCekjkeYkWw4dVYNQX3F+V8BnKfGg"
    "SaJkiTeZk2OR9pcIobMolWSyc6ZadlZaH6Tv5cm3Rl7OOByk5xSvt5SmA/h7fqcKxkZUl3"
    "+xxkPJ3Bv0fGaz3v6VSk/YFfpD6pFWIooTGS29WpdZLW1pKAWWxZGizrbjrFLA0SxihjDd"
    "aeiruyNU9tRWFNI563eCJuuTeuug9GgZBnlV5WphO6GGRpCB2OgmNkXLNXfdequ07W2PVX"
    "jUuJC3QcVxNDIHOuM+0c1w1Y91tXnHCvyPLGpcUfM5OdKsfr1hkXFt4evbih3QP93foC0q"
    "88ODr2TPW7iubhRhLdJkRq2LL2ZNEHOsUt0UK1/gx55LIftyeXIhDgs+YUYAB3xKfzAkvO"
    "Ovdt1dnY+qKDvXcdTAVb8EyZFdgT/tJ1fL+0FqQJuz7DZPfhXH2pj8fm2BrrMMKwTM0H5F"
    "/PsZ5KAxoNGPcV6x/CKc90nWW4dkhmHTAdbSarcfkXNUr3U+NKPAcuob/Ao4tOJ5qp77/m"
    "ArfTLcx9G0zNzeK7YJow+I7GSu/sXOGyYt4D8PJwa1ORJhPA5IIkil6ZeeZ8TLuuZvoYUh"
    "3Gk5qpQfXOSdehv2nFEOXNfe/jr8Fk3Ozqjq+UkFVPxDUNU2O8EAzbbWj5Mae6WWG36Slf"
    "Bds6XG2vgXkAAXfo0tmT5BPpwp3Gyj3vSF2P2snYX3vWzqZatP9JJ14kLtESfn/B9vbegb"
    "99uJMLLO+pEEkaKZBKznToDj3L7CcvckXGWQa4sEqJvsiyPK4yNhyXyewHgdq2onc6Fmo4"
    "gBGG34GbYvO4TD7OhgUyju0PV3cfrj6yqNuiIJPs+e6UOj4ar4Nbp53To6cVMJvrY/p3rD"
    "SD4a0t9ejn5uVdJWlgcxsZu+FzWko3AlzqQsKx83SPnl1HrfluKuOyH5yXNzXZzEebhAzO"
    "yjyo4t+sF7kWYDUXQEwVPaP2Oohvjd2QCdFVWYWckLpKXwBQWHipoTWAFDziUk3yJ8/UCW"
    "I+WBRO8DPCNgrC88h3fhAbmR56wpapI8e2tuh5aVoEmb4XEdDvy0AVun/AywALf2QE6ZIn"
    "50dQUPcfjaAXvn27/tgAe2GzMfW3QNPPdkxhDrEnwZ/pMQCHgmKhIN0knUjCfrrAYhBYDA"
    "KLQWAxNMNicIlBJ1su2D3QuGy9nJpffIbah3DfMJUsd98jpHXef4r2dLZhF3cg5xuseNq2"
    "TwvvPBv8gNEmogNorGrMoRxLU6K079fc+yelDTdcCFnKk0n6fpXbPZIVVRm8ZvAIRUqOy8"
    "Bb3qTdwyGY6yY8DkbzizrBjYICeFsLBrzYhL1ZqrNjcy8IRrbjm1ozcK6Ygl8O55DQ5IkO"
    "lRvzCY6LeeazcTqDgllokFMxw1AUSHQ5KuypXzJUvwToAHJNO8JqVoikSQ5XjdPn4d9vTU"
    "gSaNivHCTGyD0x9tYtAEmvq1Ln+bG6zG1t7XZT7nwPvxrs9LvTQQt3U9PlfmMTtKYvgAzX"
    "WYEL3Nn4zDnuORtXI+jNb9d36Mkkz94A/fZZGaBffru+vWRN356X2Eemj3RTL3raO5y3lo"
    "OdzQqjqVhdv417XSAbC2Rj4U3PjBPedOFN39+bnpzNdXX5hOIMEV+7t/bpledvShI56uEe"
    "JtQHNJyofmIDy5rbT2MVbKNhu9Za3UMdPtOfSXcD0zqaHnV5WuHD5OcUK15pobSIXaI71p"
    "JzSCmkzLWUKdfdFXZ/NBZymvBkZHwRwcUEIEXSfEg1GGUKUKbSeALeKXk2RWCr7afenNMS"
    "SVmYDddIlvJ0dNtXeRIY0Ehp2UrOOdKTOQ1ep5wJlOE0cQilKLiFhzqwVygNM+EROOSaON"
    "hSJIKheYaGDpEG/ExRCHbm2emS/yRaM36mSQRD8wyFqIflPDbgZ4qCW3YGiNlDCL1C85EA"
    "ZXWmMnxFSQENeAJBV5nMhzEGY0p5BrUZoPnm8MlcVYFWHTbB8+1aTN4Pc71utOxTFFyLST"
    "cmUT5dCI+rSIR1hzFABPIY+sUwkHNVg8i5Oo0bVE8JtHGnQ2CkNJozERuNYuY9iImqKn6J"
    "v3RHw4w0EdfpD2lhSZM59AWXCd0Xk2GAiCuPov1FRUOi5IipMVMhzYG1/qndc2aXktpH9w"
    "wLPy48Ql+iDLStcpflqDiGvzzaDUNc12nUQCYm4HcvdGJqdbWKC9kk1ZkPiVT+scEutn3T"
    "3hdx6d+Sic4OprDPRJEr4pra8qIkTyT8ZrArTQQnY15KEqlmg2guzVcKRiXidXWstRrr+h"
    "yCrb0kMcKmasDhcPgZcnc0HNaJpw6H1QFV+C7LXfpEvzTD+l/vbn6vyB9KSPK+VlPz0f8g"
    "y+QJMK2Lux+Ysfvuz1/zg6zrFCZoePd3f5n99f8BIX8Eyw=="
)
