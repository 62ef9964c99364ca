from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "satisfaction_setting" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "weights" JSONB NOT NULL,
    "rectify_days" INT NOT NULL
);
COMMENT ON COLUMN "satisfaction_setting"."created_at" IS '创建时间';
COMMENT ON COLUMN "satisfaction_setting"."updated_at" IS '更新时间';
COMMENT ON COLUMN "satisfaction_setting"."weights" IS '维度权重';
COMMENT ON COLUMN "satisfaction_setting"."rectify_days" IS '整改期限（天）';
COMMENT ON TABLE "satisfaction_setting" IS 'The 行风办''s settings (满意度参数): weights of the dimensions in the composite index and the';
        CREATE TABLE IF NOT EXISTS "rectification" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "source" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "items" JSONB NOT NULL,
    "description" TEXT NOT NULL,
    "deadline" TIMESTAMPTZ NOT NULL,
    "measures" TEXT NOT NULL,
    "replied_at" TIMESTAMPTZ,
    "verified_at" TIMESTAMPTZ,
    "verify_note" TEXT NOT NULL,
    "escalated_at" TIMESTAMPTZ,
    "callback_task_id" INT REFERENCES "followup_task" ("id") ON DELETE RESTRICT,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT,
    "patient_id" INT NOT NULL REFERENCES "patient" ("id") ON DELETE RESTRICT,
    "replied_by_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "task_id" INT REFERENCES "followup_task" ("id") ON DELETE RESTRICT,
    "verified_by_id" INT REFERENCES "staff" ("id") ON DELETE RESTRICT,
    "record_id" INT UNIQUE REFERENCES "followup_record" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_rectificati_departm_fad793" ON "rectification" ("department_id", "status");
CREATE INDEX IF NOT EXISTS "idx_rectificati_status_af59f1" ON "rectification" ("status", "deadline");
COMMENT ON COLUMN "rectification"."created_at" IS '创建时间';
COMMENT ON COLUMN "rectification"."updated_at" IS '更新时间';
COMMENT ON COLUMN "rectification"."source" IS '来源';
COMMENT ON COLUMN "rectification"."status" IS '状态';
COMMENT ON COLUMN "rectification"."items" IS '涉及题目';
COMMENT ON COLUMN "rectification"."description" IS '问题描述';
COMMENT ON COLUMN "rectification"."deadline" IS '整改期限';
COMMENT ON COLUMN "rectification"."measures" IS '整改措施';
COMMENT ON COLUMN "rectification"."replied_at" IS '反馈时间';
COMMENT ON COLUMN "rectification"."verified_at" IS '核实时间';
COMMENT ON COLUMN "rectification"."verify_note" IS '核实意见';
COMMENT ON COLUMN "rectification"."escalated_at" IS '升级至科主任时间';
COMMENT ON COLUMN "rectification"."department_id" IS '责任科室';
COMMENT ON COLUMN "rectification"."patient_id" IS '患者';
COMMENT ON TABLE "rectification" IS '整改单: a complaint or a low score on a flagged item, sent to the department to correct.';
        CREATE TABLE IF NOT EXISTS "satisfaction_answer" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "item_id" VARCHAR(64) NOT NULL,
    "question" VARCHAR(200) NOT NULL,
    "dimension" VARCHAR(32) NOT NULL,
    "value" VARCHAR(64) NOT NULL,
    "label" VARCHAR(64) NOT NULL,
    "score100" DOUBLE PRECISION,
    "satisfied" SMALLINT NOT NULL,
    "contacted_at" TIMESTAMPTZ NOT NULL,
    "month" VARCHAR(7) NOT NULL,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT,
    "questionnaire_id" INT NOT NULL REFERENCES "questionnaire" ("id") ON DELETE RESTRICT,
    "record_id" INT NOT NULL REFERENCES "followup_record" ("id") ON DELETE RESTRICT,
    "task_id" INT NOT NULL REFERENCES "followup_task" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_satisfactio_record__9715af" UNIQUE ("record_id", "item_id")
);
CREATE INDEX IF NOT EXISTS "idx_satisfactio_contact_d83c64" ON "satisfaction_answer" ("contacted_at", "department_id");
CREATE INDEX IF NOT EXISTS "idx_satisfactio_departm_239ee7" ON "satisfaction_answer" ("department_id", "month");
COMMENT ON COLUMN "satisfaction_answer"."created_at" IS '创建时间';
COMMENT ON COLUMN "satisfaction_answer"."updated_at" IS '更新时间';
COMMENT ON COLUMN "satisfaction_answer"."item_id" IS '题目编号';
COMMENT ON COLUMN "satisfaction_answer"."question" IS '题目';
COMMENT ON COLUMN "satisfaction_answer"."dimension" IS '维度';
COMMENT ON COLUMN "satisfaction_answer"."value" IS '答案编码';
COMMENT ON COLUMN "satisfaction_answer"."label" IS '答案';
COMMENT ON COLUMN "satisfaction_answer"."score100" IS '百分制得分';
COMMENT ON COLUMN "satisfaction_answer"."satisfied" IS '满意';
COMMENT ON COLUMN "satisfaction_answer"."contacted_at" IS '调查时间';
COMMENT ON COLUMN "satisfaction_answer"."month" IS '月份';
COMMENT ON COLUMN "satisfaction_answer"."department_id" IS '科室';
COMMENT ON TABLE "satisfaction_answer" IS 'One answer of a satisfaction survey to one dimension-tagged item (满意度答案明细).';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "satisfaction_answer";
        DROP TABLE IF EXISTS "satisfaction_setting";
        DROP TABLE IF EXISTS "rectification";"""


MODELS_STATE = (
    "eJztfXtzo0iW71fJcNyIW45wVeiFkHr2boRd5e72jqtcY7vuzt32hioFicUWAg0gu7yz/d"
    "1vnuQNiQwIpJSc84enS3ASOCcf5/k7/zxZOjqxvA/n+tL0PNOxT35B/zyx8ZLQ/yhePEMn"
    "eLVKLsEPPp5b7G6cuW3u+S7WfHrBwJZH6E868TTXXPnBU05ubIJMe4V9k9g+8nz8gt49rE"
    "fGyHhYT8fjwekZMlxnieJhke8g3fS0BXYf6XjPpr9Apu/R3/Cj7XjE+wAP1h2NPtm0Hzt8"
    "xto2/7EmM995JP6CuPRJf/wn/dm0dfKTePDPP+jXrrDrL+lzZ6bOXiwaVp9h/4Te/0f+Jx"
    "hj9WNmmMTSM3IIBmC/z/yXFfvtyvZ/ZTfC0POZ5ljrpZ3cvHrxF44d323aPvz6SGziYp/A"
    "8L67BqnYa8sKJRgJKvi85Jbgu1I0OjHw2gLZAnXwAslvJ7PZl5v72d3l/Wx2UpB7RJESU/"
    "iT5tgwZ+ireuzrH+EV3g/6I3U0GY5HE3oLe834F/XP4NEJYwJCxp4v9yd/suvYx8EdTDAJ"
    "UzWXACeA8wXmfqJXfHNJ+BzOUuY4rYekH6L/yPM94vImxkc/JJxPFlFz1p88rJVBf07/Uo"
    "KH9VgxxnQZKMYov25KBEI/W7+xrZdwImzg/v3V58u7+/PPX2Hkpef9w2JcPb+/hCsD9utL"
    "7td341P43aG7RrCfxIOgf7+6/x3BP9F/3Hy5ZEx3PP/RZU9M7rv/jxN4J7z2nZntPM+wnp"
    "qz0a8RL+mdyVxYr/SGcyFLeVBzYTw2RjAL5r03MxcizqUmQ/j2yVxYmN7syfTMaN/OzoaP"
    "dL/mz4Q8XW4uUO41kX4XW/DJ71d3iO4C2rD/sJ7MNXz1qaLUl/jnzCL2o7+g/xyPNkj9/5"
    "7ffvz9/PbdeJST5JfwyoBd+jPD+vioprKpw/o8XTusr7LwTk5qL7tE+6AiGBpqE9YPBxVY"
    "PxyUsh4uZVkfa0Az2Ke8GvoGh/J15aMt/ve3Yv94PujD3qf2KgqhFZUkYfqcHhz1ZnpCIf"
    "QcV8gEN5/d/XGF2d3PHxHJ7IZLudnt+8TW6RvM2C81GF6kFJrxIzKk+t1Ym4OWNxwyXa83"
    "EWeL8ZtpWTnSg1KzlP5YiTecmmrW4apVRR07a+zWnAAF4hamQKhJ7WIGgLklZwAVIh3S9E"
    "MXUXELvrTXSyb/K8oDbGuENw/SQzTai3cmd3UK23Ak9/mUzgSjZzTZjKto2uWKdkHPthxv"
    "puOXOlpemqSRerczrmf06+lguk8Fb0lHnoW+Q2oeao5eS/koIT8ADWQynYS2JbAf63QxGH"
    "268amTXl8MbSTH27p6YQn5AYqmkYY+mFRR0QeTch0drmUl4mtLylGPYI/UXik8WsFlMdAj"
    "FV1VNKohKqOegMskzdi6a4RHe4BCEcM3Bsz0XmzddZbNlkeB+GBEQfcqumMpvf5UzPURc7"
    "bJAikQH6BYxFghzgo4RF+Vo9f+293NF74MslR5s9LUfPQ/yDK9zjyYJ/9irG0NXgDN16bl"
    "m7b3AZ73r/WFMx6MwPmjDgwQETvfR5oOGrGibW1tAgczhmYkinefz/+el9LH65uLvAUJA1"
    "zkVw9+rCWs6P7DFVPl8PeuRQHhq+Zh0CL1wTho2pDIwbliNPCuWFaz9Icc7cFIOox7jkd4"
    "BC64Xk86Z4sBklq5RnkygT1DO847Snk984lgFXlboNtdVLWht1MHdXCOq6aQtMznKAWgFp"
    "OzRIJzeNzDQ6p293rKfjj8jF29HntTFAJvDSextT8c4t2xFtI9jR/c3MRwWhY5/avjEvPR"
    "/it5KcRJcgwOc3e/JiMd7Dz+M5pW0a/JzHDxc5wvm1vMlBeUA8Rn3LilJ+Tt1cf7k5KtuQ"
    "VOf8oMJgyz627LVZldOJ4q8Bu2g11zWtgtpCqjU3toBRbHGlkLfL7zsWEIw+K6dtqrjM0r"
    "rxnu0pdAX75dX5+wbXqOtR9MDiX7dVweUOT6RUj6619viYVLAtfRxI7iSeLsIFtzPefv8X"
    "5syaNfHctynr+t7ulQx8om+vIzl6wc19+SWdd4fsvGOZ5VzNajM3BS6zCzQrOXOOlHM2+9"
    "XGL3pZyzNza5d+ifKgs2HPQuGfNI2Jyej4br0GN+hR850Y36TPtMdFPD1i3RHDqLYeiv4c"
    "hHwjqYj8vBMjdDl9imn6mHwwFxVF631k3/8omwAYrFd8nVs43Vd3DfjMQ3Vqq/Y0RERzjw"
    "bL9jiiLLDsAsMZqARmPo6ukHdL+gt69WFhUdu9exrRdEH+ci0/YI3amQvyAeQa7zXFKI1+"
    "XDqlTk0ec6bnjWRxV4LvGctauRYI6ChhD9QO9jdwRvG9HUKtG7MB/fSpXedDAYDtVBbzie"
    "KCNVVSa92CIuXtpkGl9c/QbW8VnaEfp6LV+DjOIdJhK3UbLzxt3TqaVb1TWdIhHb95QEaS"
    "G+Pq9ejdWyey/gWO0CiQyV0MkLeUZXZHPHaQvJAdMkITqh3h3rt5zlTdjefkmQt9Y04vHs"
    "K8exCLb5sz1FleP3nJJ1xfDoANltUPvi5uY6c0BcXOUO5i/fPl9cUr4zttObTD9zXifMLq"
    "hZVXeXAqHQG4wyN6ZUn9XGVJ9VNRWqr9TJvMl8bz9RLa3YNhFAm0XNnbNflILmUldDOcNT"
    "JEIzezJn6AHjHmnC6oGiVOA1vauU2exavpzWcFzO9lKeT5ZQbJVRJqZjYmepY9jwiVuH7T"
    "GB5HpzrpurOttKcLe4O0p1h0PHW/baI+4MP3JjwuXszVIdHZs72a5dQr/TqwuzkqU6Ok63"
    "M6ELqSXlQcxa4ZSanu2P2Ard/Cccz3bq6tkmz7ZG75u5yY2VPNu6iS0EEd7lygdX87TXx6"
    "C06Dr8BcgjxaBTMoR48xcEMfQS5BgM74350T2EbZ1dC55OpUj/yyAuoZY438e9m8dW8XZn"
    "k2E8H7u+hJmTMHO7cfZImLmIlxJmTsLMcWHmdNd84llN5ZpPQiG6q3dAJgH607a4F+27fV"
    "eu82TqVFlnWkU91ZNH2woCyX4PwO4r+1fzn1SBM2rxOiHparYXmNyoHhZqicZDVj+kDgH0"
    "bKRqMPnJPCpWbgqD1r5ta6+Xc5i+5mrB23ruyc8SZa9AKPgONJngeSSEYB+CivGHtWH0YG"
    "eaa2PYmSYq+6Vi+fKms+fy7/eb/Tvx0XN98+W36Pa80ycrLCoMYnuloUG+oDJER2cctx8V"
    "oXaRv+YEAasFXxPqHbLatE3fZIPWXhZpa1QdzGER9JoBKXQQj00s1Jq6cZbycHTjN1l4jG"
    "3vmbjNQCCzpAdTdvwm5UwoC5sIOU0nJSyyhPV1gJsy8wj9Sr0OmCCPdHe1t72udJWW8/EW"
    "2H5cr6ixufZq5czk6Y5ODWzfMIod7XXN1ALh0TG7k9Dfkdfq723L8KBisx5X0yQC50nvja"
    "VQsliPoykKydBXoQ78sI5zy1rlmmWhgvG4aslyampVqAU/YhSJ1jlbGzvCi4rjZZH9Jr6m"
    "j5cSru4nNyUFIsHJTclCTJTnpmQRRF5PTTlHmmXaUP6KElJIFElgOiA5hH4d+zGGlDhFjo"
    "scwzA1ArkikByycLyV6WMqmx/kheho/sJSSADjDBBei/kpO37260kqMhFFJqLIRBSZiCIT"
    "UfaZiFIXS7xd+PBO+humj7Q0ZHgQAKanVJ24b9chyLoFt7svtd1aAmFrg6lRtQ1Lx+6+H/"
    "Rrm8Z8I9odOvoita1+wDezDIKCxMGgUUFiB5lYlH21Jn5MIHrXpxTPlaESBNzF2Gs8x/Vn"
    "jqvzsn/KPYQZImHjNHDCD6cD1nyyarJhy75C05tBPf4TDyZpU1V5hk7ounJQqUfQX0BVBh"
    "XbSu6mwpzasw0CCu6W8YTdNTUjPWrBqASr+wFa3uDADbjYgidMTFjPbThf3fnovup7LPeS"
    "cZo4bwkbeB6NI6hGuR33M/sGY+c++HZwuLRZo3FhWjqdtNvx6+2s+GwOnGXi7bFiY96dw3"
    "BCrdQAiEMh01FHHJQ4stXYRJYryodtp1rMqnA4YRZru9xauQ59+eWWzPoajCLOlIL1OO3B"
    "Shz1xh2tR5dQ88UI0Tq3ZOBteiyh2DjRB0M4Hox5R2z06Dd7RgDpNgvSnbdk5l1qxHM2oF"
    "Ac7YaL/Mh8LbYJFZRvk1FbhtQz5UkunpXw+jO2X+4d+NtyFsSu4gdKH6r4VIZM3KLVx752"
    "lss1iL/dhXlJ9FmWxUmsPtgLHJdJ6gd5iSd7aDnGUgyvFVp0+AvXWT8uErps+kLG8vx4fv"
    "fx/BMLOM3yYfQ/K2ZWBJrpxvSKWHmtkmMxw/Hdr2da2A6kHbB8BMhPeF6Y2gJhGzlr3zPp"
    "b96LR/UjBG/mIcdmuQ3O2k3lRnjZ5IhsJCnQcdX+WD3lpFrs8OEP9oN9DqkXZwij66s7hh"
    "6C0a+/X90ij7gAmr3EL4hg+gbwPATl2Bo04JmMetEcV/oTJXgc0k2DYY341gt61+v3+mfo"
    "71/+CoMPx+8B7Z6ynbgP9o37iG3zvwOAblM//SV4BMsQcTzCvt1DKweWBfIdljcCX5p84l"
    "nIlx+ErDyWQOI82zKBRCaQCKShyASSiJcygUQmkLydBBJlCqfttAdIJvxTuElEtwNIB8ev"
    "lz0S3i9unRIsNBW68o7JtLctzmz7DH8r7Vy38eF2HHF8C20bu3Chn9Vq4RgZgPvKz4974f"
    "Hsx3SjvA2WY+a2qriRAQkYMhjR2fPyC3om1FpzbXT18dP7fu8M3X/8TG/0CKZmjuOyf3ov"
    "tu461Lp6B1uWBvLq9acc07Crh3CspT+SgDDcEWWueeQfAQhkBi+SncoSG1JaVNKikhaVtK"
    "j2alEdVn5ys1jaXGPrH+viZSbDAVn9sAvv3p0639+K2ZAdG4HiQTVEH/0fBEHN4Tx7X40C"
    "iZazaPfrT+jCpK2ucMhakw61ue6BTk1vtqTPK7L4tfTviGqHyd/xLwfbVSy2bmp2hsyRie"
    "yI2ampssHlkjEkt/S4CJhd3DrsQX6OiQV9ELkfPsLJucm98jE8Wiu4WGbRMVwJBAHi4iGW"
    "QOIMscy5i92X0LuRqIfpwDeZDk9/CX0kCZ4B0U0YvOA0iRwmXDCEfbwD10sTqeyJC0bGuK"
    "VHRnpkpEdGemQE8ciIb5Nu74XZKrItbdUmvpitcBE6sWAPy/V4EgbNavpjTsTzOa5M+4Xn"
    "ONgAhxBTiOv4Ys2ADI0eIqoxpH+nU+iHMlegMdBcawSK0H5Gh6za36kHp+Bl2JcR7EEy8y"
    "O5Cxtuc+3g3D1nm03h8O5Zqof369YwJF+D5j0dQxMhReuBnIg+THIDzhD20LNr+j6xkWkz"
    "i/Xy823RqN1uKJlvLW3RvatH0hY9kbaotEU32aILqnhQBqxLc1A3tIYokh5bA8P29cPElw"
    "/NSkyfGwUp751XQi600q70IQE7UCPGPYYf0p8rW2uOnfTJ8+GwYxNac9Yur1VKuWx4tEIL"
    "JvAeqMoUsEmIRvW7iaFV7C65a8Ek+nCjdVNCLrR40uq36Osm4S/D9uMADVSRTUJ7MIJRhp"
    "DrpIyHFR2d+xPMkugpHIz6wsnSH46AyIDqetSAqgjjuGsBeeaj3axTZZpQdrcTR8cuGlxC"
    "5RYdvJtjK59fpSykG5vcO/TPLnKQ9iqOLjOQtnKoXv7UoPMg+Uw8D7M5U/Cn5m852+ROJe"
    "HN9BRL7q6QWxRssmfII1RadBK8D5qXQ5cS7GuLyOvprP258xMSdEyb/UeQCUQZ6mKb+O8Z"
    "+Ar9DxS9By+HqNNncXOFdJNhbYUnOgnwnKLHy+Qh6bCVDlvpsN3XXJAOW67DNrNnN0msyG"
    "76Yue3UOlD4fqo3yiNqIPECsJrdrAhrYJw+xwIxWZhXOOx4lFg8IX5uKliLqY6puKL6WAw"
    "HKqD3nA8UUaqqkx6sYZRvLRJ1bi4+g20jYwYiuUv5alafLYfQmWoMJVyK/xiOZjD33+7u/"
    "lSsnMkJPlT29R89D/IMr1DnN0bWAvM2Oxey3vScqcrDMBzr2F/7dbK/swQHeEM7yTZk6ob"
    "/prj+K+mlSTUO/Qsr4itA9dq6yXqYD6GoEyz9Ob29RLsAzq7z+F+uXMxRSJsG6YdW+MpQG"
    "LXdTiaXnmcJCYQNzDSiuu9rRCIIImbUTeCW6I5btarxb/jbJOX0WD3rlczN7n5VSfjvy+w"
    "jxZ0UDpFdHDyAa5tMNL79QpR2fiU/hcUQrifgQNQc5Z0JIDfo//WsGUV/YntDAt4wN81i3"
    "UzX69N/TsyPRRPZkAjBt9jcAPyHOjsbJn0QSuse3QEG61XoMYgU6ebDR0XgID/gr4/0SfS"
    "z//+QKe3T61RL8gotQgrfIygfOmjvAWg+PoOvb6iNI4NKacY3p4+R6N32gQwiT3TCjCGHf"
    "qvMCNVpqFKr6YAKpr0akqvpvRqvubVTB0xxcnw7dvVp5JNIUuWmwnw8wcgbjIDRIjL8iQb"
    "eB8CUaWFwL4zq8SGp2yNYyxFISwE1d5sglBBamrhpshFdimcQOIUoHpN5vOw4gcwlKeaIJ"
    "ZuWSOjcldaimT3rrSTfzHWNgu3oPnatHzT9j7AY/91D8ZbNw42aulw1sSvVO0v89hHFDlp"
    "GEBSQQ6Hk6j26ebbxfUl+np7+fHq7ipkfnzssovwU1LUeHt5fs3BZK+VThsTSE9E7WRMsH"
    "nr5eilKERu+vyRvmbgwUBm1Urplo/PwCdCnzhzCafLV7k3vkB4BBM7e0wOFKXCOUnvKj0o"
    "2bU88iXz8DQztnO0h2Nivcn84hX2zQYN69NExxQ6b23Loh/lwTvY2HRJPe7ySCWPOTxO9x"
    "ysyNs0icCH7t5YCg2t63E0RSEn6esApn7Y5jtn8tTFLj3SruFnueKB1OQqqRvgnGUtsPdr"
    "MtKRcjZ7hFdgbkmH3dqsFaulcet8TR8wFbiaOetb4O7f8uMd6fTl6Ui1sY1TO4frUH4st2"
    "xy/jUY5Xgmd3YDeFNN4bfnXa3ck4yvwzeN0nLriL9RneHrXL7ND3gkc7Nhug7TmDYk60Qa"
    "VYVUnUiXq9bRzdMWRF9bRI8SaFivbbjg4xdIh4H/hsQ6aL5OfyQrAP9OB1RGxGBYkbhf0s"
    "+t/Ue83s0tGo55o+mInJZu2GP1idE+neRr6nRo+i/XP6E0f5wU+gCmrstcG5lrI3NtZK6N"
    "zLXZZ64N2+Crb7fR7SI7hkDYeNCHRAWVHYADgMIeT6Df7XygASIM6bHfM9sCvdqb76kxGb"
    "VWHl285AfCXs8mSZGLnk0yUacgDNKo53b7GSQAimATqynjU+S7rFShD4repWEmT1hLa/Qq"
    "AiF13hhR1gvtjfd7TmXbUdKD2JlsGrDWmlE9w2tezF8YRGx5KEMd1oE+mcB/T6F36Jg061"
    "fRujwSO5WrIfOVowzRJuVYqCNZIdNRdnHQY4HqR8pUm8NBQRRYKP3tEfNA3eWwmfBqzTcz"
    "mXDLzQ+JxeMBUz7nDM6zUxaHrpom1l6OVMIKimPHFY16WfXbsk1mk5/+LGRRg8XDIZcLSO"
    "QFxE7uZuCrGUopZZGlTE2VFUSUmyXCZmmlpEWWtFA4u0eQAsdRKmumweaoZLZmkbGFgGlF"
    "1hbo5LTludllarxMjT9QHkdZGTVzubNUkrOv53NvgIKvnby5FRi8GLpgW3DwMq17R2ndiS"
    "rQAn8/ZQY7UhYXlKcKXE4nybVV+ZEa8kg5nTuOZDq9COn0PMOuBU4feVlIzpjdolQBUAO2"
    "zLtPKvqPh+EcvIAtuVREbzySxZ/PJZOVL6/wCJYcLMuZwymAq8OmYy3FyK295Bu3nFZvgV"
    "+yrGoL3i29qCvXtjxbeqlmYEcyzWpVoDUtp4rMkE0lVSlTpUpZVfr2Co3WEmRiSmbnK5qS"
    "5O7TX0Jw4LgxqYdMH/n4B2AWPy+IfYYWzjPCto6eTX8R3h3pxh6v8dpOny0RiWWV1P6z02"
    "SVFC9+LKuk3sZc4CQTFNQS9v+FWVCOUhfdL3g1TrpMShn1oExqajTKwG6/AdghlkSdaMT2"
    "3SalOYKVRS2hx+zMXVs8LbwcXDdHdrgAu1ClM1foqTjt9aawQsZ9Vkk/riaeDeLoCHY3QA"
    "moI6s0jRiCguc1EFS2rC1bzfmwNowelJf0QbmZjiHdnm50BKobBiBYRWWVoPCLiqcqFKKQ"
    "IaOqWAm6a1HLgkUxdsjA/c9ihivHMrWXphLhDrRD2bjO2tZnrjM37foSUgY9WG/9kS6ehE"
    "xvBh6zJ14LUcexCLZLbOU0XU4Qc0rYlSQiO3q3ab0XNzfXmU3q4ioPjf3t88Ul5T1jfYJO"
    "zitiNx3X9DkroTy3LkUiK1AKPSae6bfPmqaEllDLrFuZv7grHm/IssvPziLLu81VEmxGV8"
    "06KFnUMpFGhESaKskegDDXUhrDkSEFN4VXDD8fgq1L7HKgmOsDLP4WD/k5HPE4dhMOwmIx"
    "9YszOz9j++Xegb8t536JFV3asCWw75rloqHxV7owo4g+yyeHBqx0XDZ/fxBwjGfghOO5HV"
    "4rBEzD+/wFtdIeF+mhZ+lMvcx+9PH87uP5J+YFnxXY/+fGEHBu3nMCwMWVUSH8y1mhr0eB"
    "f3ee6SUXwYaJkhHQAnssMguNbDPgl+8e1qrSZ9gKfYheaMPRw3pkjHQOtGabg0NX3Msn4r"
    "4EmJzgYXmEbriECp6g7+Fws1CG39kz5oTY8YNYdBg658ZPwyyU/Iy9BxsCyfQfHvqeRJW+"
    "I4i0oO/xXIg66P7ChoHKc+SubXaXR7/DCl7Ni9/NM+nqfbDfsSdj5GGD+EG7XAuvTs/Q2r"
    "aI52Xfib4DsYxoiKgrL3wDe1nTRgadTAg/0oUjY9syti2ASiJj2zK2LWPbr8W2cwdU3QnB"
    "IT+oWaHoxuBhPZlqI7ZbwH/3jWEUOBqrABg6nkOcPK0AZCGykqBTK4EjwWdQcTvJKyJ15x"
    "CP/qAmUXr6BNMhnVoRYM9us/0c5WTZfyHzwet7BQdruQuq6F2pUswY+Ux2WMooqgugciFj"
    "ZID/ucF9VTM3+xrPb8nKcf0Tjk2eXDzbZI5Ths/c5L4KadiUgm4RvkNN24AQzODxRKMb2B"
    "RP4FwcYAUSKkb4FBmus2QW4/XVHS+vervBXjcm/8hVSgcPCTRV2WtCWprS0pSWprQ092pp"
    "LkwvPIG4ul95OnWBsJ38qP1uwh3nTwPPnkzPbMLrNF1XqWgFXu+ovXr7nD7W4oCUbrZdfn"
    "r7LPdWRKObfglSfknCc4pmh/mVu5nVw0EFFg8HpSyGS1kWu4RlPjQ6uvO0EihVnFO5qKKl"
    "LaXags6QSjmLLOcF9maUB76pYU79wMac6DzpDtOi418ONi96n0DEgi0nCegqLl83JOtKvM"
    "YO8Rr3hTcq2NZQGXetGtxolVxcerbST9gyG5d532GcI5rTneLMJAwri2VE3HwtlhHfV6lb"
    "N30f68Un0EAbQzQiDEOcJfl3dJ6h36/ukA8JdD/Iykdz4pk6CbLqHHeJLdMjOnrC1prw+3"
    "V38RBux+4kkkP1jiXV+QpdumXMQ8Y8ZMxDxjxkzGOfMY9od66x4yYUsiQ2b/BpVBeo4/SN"
    "7pcO31cdvscYxhAmRsS0uRnV/epwOEN0dDO4P5hUgXwYTMoxH+Aaj8/2eklcU+MY1JaDS7"
    "bdAmWO4QaQHqxZzWPxp5tvF9eX6Ovt5ceru6sQqyY+O9nFrGvz9vL8Osdv+pkcJad8Skf3"
    "H91s7iIAZxCX2FrtbaNAeHTM7mTrSNhmORx+b9g6CpRy66iwdSRcW5i8spNKDI9IJccrcN"
    "yw8CN/I3kdpiqi3eFeEjjDau4oJ6w2B2DeyBDqdyY9FSDEtIrIfV2DUgEb6+7naZrj28pb"
    "Z/GGDMNSm3tTcqGMCHJDJ5H7ecuIVaZ44cB4XDVklZldteNVXcZiPhMdUjqChji/uo7tf8"
    "Vs4hQCMyV3nm0EgIDbZqvovlejNFBiqSmwaY/o1j2dTscs81AJoikAYRAAHAQfB7/Cv2CG"
    "6ZQTaP4C/zZdBE6fM7Sy1gGEgUGe0TMB5H33BTl2MXCzw+dKUAQZttm7q16GbSJeyrCNDN"
    "twwzbR5l5HT0/T7FBP97XlbNDrT+sbSslJFxlKSr+ZodS+9yvYrGewcRdlUI5qniMTA9i8"
    "IQJ9WjzKXFEBh2KuxMgUQ4ZMH4uNKjFGH/5Oen2RAcx9x8cWlZjH22WhQgNbfNFmCfOSDS"
    "g/hCMcl+vn8uPV5/Prd/3B2SCXbBzJY9Qr4JPvMen4+FTIlnAWNqR61gRa2Kqx/EEgLDTJ"
    "89zSFrbXJ1zLl/5+tsnOXUZ3vI6pYCPoEPMS2ZDwkTay8ZP5yNJMz5C3cJ5t5DtBrqBjEY"
    "8dV0TnYCpsOZi0RaUtunf7Q9qiJ9IWlbboJlt0vzlvXWy5gJg21DXotqQoacOlie3ZfrKW"
    "b/q8XlrlHI8JRM6FyzF9u35/7Rv8psZTi8t5Ht0vbkQUTrexQQIjXYyZvcI+J9OinMnR/U"
    "IzOfCQTFXW3E0dAi6nOmo0qwe9XgWO07tKWc6u5bAqIPbnuHrQtL2izpwlEjYPHA7t4ZRl"
    "W0yqtv1qOSP8+Nt8wT4yGgCOqDKYbO3Ua7PhF3YbFF+7B9GL6oS1haRGiUqwmj45dzfLNx"
    "Zku+3UY0fOjWPgefUKbffVAu0q5cPawrR0lwdCVKd++C1IYNt64lTekcNtSVy7Qc2tYwkD"
    "TnvCus4aDEW6D391ACEfqIOtpz23a0306fmmNeDF5DWsAZaX9KsBkmKLGvarGz6lrdY0Xx"
    "zf1MgJxz8bXjnb5KG1k3uq+GixRVwfUT4EPlUTSHzH9QCyltpNDBF+DDbUdAgC0wfKGYqa"
    "CY+HY8IcWtSknRi6AVeUuTFl943Z+tLZ3x5Dmh+dRm7ate2bFqIctp1ni+jQp8Vxz+AteJ"
    "5fwV7xwcaIzkDdZJFPlh714vlkiTRsI48QRGwdvct0p6Gv7hJKo5mWGXTfMT2kgcLGOtDA"
    "k0yf3QKo8NJjLT3WYjhRpMc63rGlx1p6rE84HusflNF13EzR/YK7T1VNhZU/GMzFcJla5I"
    "lwkPzK+RwT7NCfR/VFG5hUn9vMBGnK7fbrSo42KhDkkE0n04rOpR3UYs4dndNG/p6qjnxW"
    "R/cL7adW+hOWyTdvoUPU5d/vM2dBITMvPg+ub778Ft2eT9fLMl0n+npFmG1XY5ZnqYSOOS"
    "rDOd2/p31Nh3N60AjLupPpnraoGihQHPKDQeKFjX4C5uhkjkdvuzEWHcqxnhriMGdID0n6"
    "kz7BcMxjyGnusRjeFNwPb3kmeEtv5oGPuv5MyJEe0kxQVQJuJ4P0qdx7fcx+Ud7eTNgq2b"
    "i9fNgIqpfjck2h+Jb7XFOgwVWaja2I6zk2gpMsTlkFnEzoEtbDQ7pR9HrKaQik+bzA4PyE"
    "ZnPv1ytkE6J7QERNao3BbC5ZU2vrhdeJrMMnVWlTxngpO5JJR6V0VEpHpXRU7r0jWf32WK"
    "L3IDuB0yx9mF19amLqyk5ZVTfaqT4MEmrFYDNlDDfbsBrSU0K9Q2/a2mbqWH2n2rg32MJL"
    "XMWXU+7JKbotTddfQPExZ5bD0VLivMxQbTpWRLLWlD7oFSr9PzhRmJ2m9ivmgG4qdqWnQj"
    "7DUwdYzjlxZ5q5WvAmdrljmEfbaFrvzh9C8BySLwyd4Zb1wW1pqFHVtzKHSu+xMlFbqvHu"
    "xJOccJ2xp86WzyHtSF7H1OxzRRlEGiyPPJ3YS2M8GM1hmxniQ1wUAa9rL4gcmVwMry4G+j"
    "gfa77XYD1wSMVeEsp8Tqe+oikQQekpI0hSMNj5McfF5YEAkEPkNUItN2rccRJ8y9dHikTo"
    "6K86BNt7ZIyMLeqTFKVKfZKilNcnwbV82Fcj2GvkEMmRHlKwYTxX2TLB/bcXYMhIHy75s3"
    "DjK06AjTVURWKxG4MyHQKy61Wi6+kNc2u5t1hVlWXqzKUrrF5lbOkA4u6PDXWHTuo1I4Xr"
    "CVtmk02RR39IO2OgWQcwYtSwZw5jwEUNlIl0kHY8YHX7ylABUxVWlDIYjEDhmOK2tIxD20"
    "99/MhRX8oB66L7xUCqg+c1QKoLMgjVuVoxpWrXmHPgtG8e9ilSH85yDiMBW0R/Dn1x1sim"
    "4AC1bdkcdiuYtu503zgwVGsKFMs6M1Y3tqwtufWRDhEAjIvDrsqaSSUmuezrtmTTrywb5d"
    "vquFnlY+9HS4y6p0MdK5uCTsjQX6CNPtZH1oghq9e7Dn375ZZs+hqMIg6TutrP6Vblm4ap"
    "MX5sybTb9FjHzzrIwV0Sz8OPPKyCOoy7W3qfg4GEUSnbXZTAKrp9WWYLnKLbl/VyRHzqNL"
    "mXuJFmysvvTa6ebUzxzd5XLcs3pGDdUpC31hYIe+j79zBd+Je1vaTH9ffvfwkBa7FL7yJ+"
    "1HbFIyUpva0MKwEGZN7u3s8kmbcb8VLm7cq83bcDiTtWR1QXnY6VnniQuEeauZtm+XaAuB"
    "1k8brOelWH5zGB4ExXBlMAO+sZLGDUg3lOtKp7WgeQGrurtzt6HLtkPW1nTkeGSlXsukT/"
    "r4lglxAWcewYWdbEqYRmFxtv5dZX6ETimV6Jf2mD3ZW6qQqeHf2ANQm6WYb2EKLc9oiOTD"
    "tV3IhtnVpHa/oVUOGIkU5W2PWXcDureKTmNRRJThVCArwQVqsNKRSj3viU26Bkd0+uUnqZ"
    "DBtKmy4vf+3Jakxp1UmrTlp10qrbc9NN8kRc0y+BH3q9ci1Nv8NcN9txw5aDNTOCdShdG/"
    "cG0AIF99jugBu132wf7Cw8GJsKIqbeoRicFWlQP6gOIIF+3GtmaLfP+PQLFrhfXriQIxPc"
    "AkzrceOhBtagUdXs3nVJghtFlaqKIiYQN90W5v1Uh9JCBrqljHUSwC4JLIKZTrX7JshYWd"
    "rDSd1LyyUorm1gWR+gWlDUEYMAcTNctDTlwcr+jaVspmUPGp3RTPg50oORft3MgaOQc8E1"
    "U9HnUqDbXa+sZus6dlulz+CKumfLrbNCj1zdBk5pIsG5XTe9q20OB/m+9RicoRG4Q9aO3Y"
    "lFdWD+UpexOTrJ3CJzIe26HltTFJKhRYbGWkjd6VoklOyt0BgvBh3Nsrl2Z7wUxunBHmcb"
    "wqu5jnjpM72kJV5+l2iBxzULNASbylW5m9ogK7DWjat6WmJu5TKhA2VvRl+qwODEYmiByZ"
    "8ygwmzUWxjZVTle8HyqjS5IxWsBd7f+dgwjnle59TVCvxN6QySwa8xuKhg1W4G22WJxt/W"
    "2MW2b9pED7dwTrpQ8aazTYlD/0hunyUHTZXCjeBuZLjOEjlr3zN1gnzARtectaUj2/HRnC"
    "DPp3NMP0M/yMoP8NMBXD1AIAl7OrqESo/ovCqOTp7ByQv648Rz1m4w8+n2FUaMyU+fuDa2"
    "YC78p6z6kPlBOz6yZX6QzA+S+UEb84PiXbtqSnxCIXJGRPWNt+OGkslhWJXBCYXIDGZAmV"
    "MCuFXKMEKySpwpD+thD9CuAnDG6RiaUAW/jCcaXYJTPNEA3mg0rYNq1bmwUvpKHYllyUQW"
    "W8N10UmLvhV+sRzM4XQ5tFeKZPfoXvsJO3eC3lWGgLgpBWv3kId7ivN3gsLr+2S54gHKlJ"
    "o2aZLdxYT7Qhs4b7qz45tMYvFebG3mru16gb4clYzyvRrlizjWho+TDnW7rgJKJBiLq3o5"
    "c7Mr4+Kk74C+fLu+3p+Lk3jw3TY2XXLCdW+mbzjb7NrM31rBq/lEXCjtJDrKkCe1hspQVU"
    "8/oPjOwB+5wB7CtvdMf0Omh2yoO0FEN6F+ET9SYfC8m50+i+vljFAPwvGkV1N6NaVXU3o1"
    "9zUXpFdTQCybjmu84EwTD80mOhCrH3IpCmneFnJGTd+qNYVjggOaw9vBA3Xjk3SdRxcv+Z"
    "x/vUo3Rb7DUkWN2L4bvUwdWUzUKeX/mFTsMSArpAus111s+PU5L0ukBW2Gs2u/MLU5efDZ"
    "5RGQmOCgu5sEdeqw88RNcDRoHqaok3kUKJz2etNojwp+UQwNcB3m0GIqDCaOhwROEGhfOV"
    "bHfdblddxSo5xOIi+e5rD3qSHyFIkYQofHNhD6ZA6d4QJ4uslUGzFTVlAxudQeNKyajYcy"
    "RGKIquH6pPpZn4Xtp1FjqqCFlYhiq4E1KLuGyK4hnbGJLFeAoNgWq8LhjpVdHuWDZ2C2Xc"
    "1CZ/x2nLtLjXjOBjwm3nUZM8r2EuHEjArNRspjRm7h1ldjRuC6VJkbcziFg0ZRfkEYaQ4s"
    "AMoB5Lj0n3RRIFCECKLHG0ZwzD4C5CVddmfIC1EtIWs9i3NJKeCNisGjXTz0wX6w77NXw8"
    "YcQZK96XtoSbC3picamr+EI2HdMm3yF/YveuJORhpowRphKL8EhSUWHlynb/G8MLXFgx3E"
    "Mzz4BGxZMC0Q7NsQCQtgTybzuXEavW5YnPgBfcWen3ksgw2FqoAXEr0sfC8yvQebSg0zjF"
    "jOVy8oPTwsqIwakSHrBGzMTz+gGzrqiriIfuYTeQkrErbHFz1Df6RM/uj9Je6ojMDJCJyM"
    "wMkInLh1BRVcuQdRY8DA2ccK/UumzSIY0oN+LBijb9SPO9YnTHvWcNqnK45v6JBjHFuEVw"
    "8DBjbW2WtqC2m6w9IVUhbnWwYfjWzeOsswTSNunDEv5CFmJsJcYBTgN4cCO9R0uvCmk4lE"
    "gTXeFgosrM7JcBJVrr556b/Qyz7n+C3fhXNkYm/EaVH3ewaLXlY0F3a9Eceu1QarMU97SM"
    "tRGY4gl5VgiC33jWHRgfy2l2nkzJ/VxxDlkco6uGKm7VtByZ7og2G0pCRKtmiwohLQ+YC2"
    "DAnoLAGdD4m9YkDmH3wcfEP1vARv7gy8WcKPN+FxbfjxtwDhvI0KXJXxEsJZQjgfNIMrQz"
    "iX+inkQViR1TwXTQt42a83Prixyb1D/9SURuO2B3tV/arvLK83PWgx59phnCqmWjvWK6g8"
    "bnRHBTCe/3LmCO5nqbkaO/eIbkANHZRiBc0MlJFCteFc+9Ih+F9VpW+coQ8fPpz+wnKVV8"
    "Rdmh4U7XssT3jhPNNHu5Af7BHiRWnFCLJFeXA9e36b19ONZe6wzB2WucMyd1jmDr9d9J4u"
    "tlywPaf6gP4dqINtsXvah71m/1+D4dH9B8Pw7YBm2mf4xlTUcr4fDNwGK/Zne9u41whbZt"
    "DrVeA5vauU6exajuugiHias2pcl5AdYZcwMxmHWu2ERDhfhmOoAhz2hlARWPmU6ThtPsw/"
    "L8rjwqF2Arb56yBFlZPBnJJ1JYT4l3r6Xn8CmCXGePus+Iubm+vMEX5xlU8t+vb54pKKgE"
    "mA3mQG9mtJ+KKOT6GW4Zty3ic2WlHGn7H9cu/A36oO/Hg0gc6ZsToaNkjk5rkj2GfOcg6B"
    "7Ee7JEj1ij08dJkErHVcJpsf5CXL+NChEQsvvAEIw0v+wnXWj4v411XmiRlPyMfzu4/nn5"
    "jSNyvwP5fjbfMKkWrL/DMdRyBpK0MSJhKmNYxuJB99elWZA8trSZsRRO6kSnIu1vlFzvAt"
    "xVzVqb577bEb2cbfW1W4jNG1pBtQ1BfvRrclB2SD48TkQ3GUuzQ5YCDVPJw3DLEA7keOgT"
    "BKDxQBDvgOcuhtOrX+bdjU3vsJigN4IscE8I2CDGGF4HGEMDaejCaBBgt+Sm18WnRp7vbx"
    "ACfx767p+8RO8CMM5pt/v16FwApnyLQZOINHRUIFSl8veJ8z5DkB/Dm76sOr+qbmoUc6Y1"
    "YPNrhQNWdt+9EAoOzOsUc+oO8MA6Pf630HuHS4Fn00oGL03tMrCJKQCXrH/s8DboyYU1Z5"
    "sC3yROXNoDWwS07/wuDx6Xu7CGKxYJhNez2wipXBJMSzCF7EgzexHQSzM8SlALgMG16IMd"
    "okOnujPoxGuZPiJbufjqwqgJtBIBM8dfEdfIPvrFDwbqdniP4lqEdHXjq2v/iO3v0/+r/3"
    "nz+foQti/hcVNwLv0WnArIAHvkvsDf0wM+EEEDavCSYAyts+FVDswMrGjxnKRSGkzN6xJt"
    "LFhfn4VhzW08FgOFQHveF4ooxUVZn0Ys918dImF/bF1W+gOmdUbOnWlm5t6daWbu36bu3o"
    "DChMhHKHX4pE9LrzFKBr4N4GwMgmTqb2oemj3jB1OJ+mORjWi+NpjZTdWt7tNJHgPFcJbH"
    "GgrosRUHjC1rpWCCcmEJ3RKVtItJYXlBvEqsP0mOBgmC4GoyPzs8jrXy0Hl7UATBHl+G0A"
    "VQWO76wMVh2rJELGVgZD+GtM1eCXrcMGn26+XVxfoq+3lx+v7q5CYJ1YMWIXs+GC28vz67"
    "wEInu7KIK7Jbas8kaMacLd1ez16iutsXeg4pwPbM3hQB3H1iX8Y5M9eff5/Pq6WJ6TdwHU"
    "MhlztAdlKEw0iEbSua+87SrvwJ9T4yCJCQQ/SMYqtHYYEaMi/k32INm0lKJzRC09RtRi0s"
    "XbKPTed3F3phVnPVbzSEXm9hur6Dx2ru6+rvsYObqhTLasHqVxfdDRdd44a1CUkp/CLfL3"
    "yBp25LlbrxL5LZTIilQWW2g/viXLC53PxeB667Oap0W1UFbYXu1bOj3kjvh+8NEbs0ii28"
    "4qp5F4KYpX80juub02/reHwlE8fqaGMtQGQYLt6S/omc7Ghc9yH1j6ROTO9qKECsiAcDzT"
    "J4hNIJaiQH/PL7S9vsyDreMXaCOS7u2BPchigcprls6CUbF5StDmw3WezxCUY6CHaEk8nM"
    "jaO1l7J8A2K5MUZJKCTFJ4LUlB9Nq7+D+72nc7DtSG53KRxeWdIlIkYvSKaNj+NYmZx0UT"
    "fW17YPSO2r9CF7uXGShD9VxsGbLd+YTU+hsgtxlB1I5ZmQ6mddood+I42pN1svQusK8tTn"
    "gmSXRtsx2y9Gbz+LbXYTpsdPf5Dml4ucLUoIU+hBF2xRJGgexjOhPclzN6JWozyhR2jDxt"
    "QfS1RThwG22NKlV3qbrvXV2TqvuJVN2l6r5Jdd8visO+A1fd5xC7HPDAcq09JjhonT2BJ2"
    "VZgXNWq8UUxjHr0mBsn57Wif4eKTBNdsY87cH006gbSDjATa94AlKTa+26xC5rNlpqqKWo"
    "hAZSASMZ7DEolJxMtRHThapaZV0n5h5eu1HdxUYDEBXR+o36jo85uefliSrR/cLm4O4vl2"
    "rNAycp9/GEtwvLSLCWdANCgYOxGsURx/NBPwgO7s6fk62V8PwZZV2D8zhHejDH8Qkrb8cx"
    "72NpbK0yHdwhbZOfTaWfIz0w6c+l9BO3U93mLgU62duFk7Maem5r5q1mqWTuaoUWLyHLil"
    "yu30Fg6d2nRjswPldOrszOsSpdBOIF3waTj7tNQ2FzrJ3hl8Zq8zz8yOvHfRFS/vrXW8Cp"
    "4hdnJ7P6czDQ8XD9z44DjRHD+KHGFDs3BxuXqRsrYWZBZDAEpqJm+py4H9B3nejrFQFMMQ"
    "aqFIiGBQQ9CBrS288t82VtI+yhm7V/pfPxsNob+vXA4x8nLMwaroDQn1APF0mGI2U4UoYj"
    "M/fJcKQMR24fjkz2/DqO+SyVuADzDQOT/cGkiid4MCl3BcO1XDdlyiMy08zVIoDNzPL6nv"
    "wsa6icozuKQPCmFXT59/vNkcZ4AV3ffPktuj0ffuQxn31snXmeI+uK9fub6e0Hm1bYxcta"
    "mbMJxeEG4duY+N2E2A8v9rcith6WhNVU94ZQFTnt9friRQLn5n/XRBVMKBrxfmf+87EKMW"
    "9lAM3hFGUEJW5jnQS+9KtP6N2F+d9X+mkTKbS/ORHXddxZ3eqJLJW4aQjCnAEBw1Lujnqc"
    "ThEeHbMHilKB2/SuciBHuJblN/bBi8urVyn1m6RJhI2R7y1cYxHskdna9k1O9sYrcfAs6c"
    "FEQt9kWhoLW4dLoWnUO0t+MPLORb4VrQ+Za3O9Xof7o5gFLHWl+SzgkB/MLHiTq95bz5fQ"
    "n6NR2nGOVkpaZEnrxDKfiNtI0nlaKWmRJZ2OMFZUgdMkMmepqASHdaj1mJolkmwVAb7w2B"
    "kqc+t2k1sXF8tvn1gXl+cf1tStmvaVPlqEhYM8UN7WQ4MMz6MWuPs1Gek4GZs9uqtMW5lr"
    "20Wu7d7wVG4BOvCEn+QYXDt7LcXRjW97HU8lhCo0XGeZQj0JkxIdAzlrF0U5r4ClGJTpBI"
    "VSqkp0+otB+qdnyDLtH0QHSoBMjAaav0SZjXmP1o4fLZFZZCrk3tPfZCpkxEuZCilTIbmp"
    "kCvXeTJ14tbM08iRiZsMyc3VyJxsW3WElEmTMmlSJk02S5iB/mBcK3UTpGtMIvLkPonSwQ"
    "JoFKU/UaBxwbwRNIpSqQuqsqELqsLpgko8v3ZKWIZI3CSlE5aGB+DvmqI0b8rZPsCuSzRi"
    "PjVSvHKkB6V5pZfCW26l56xAdXbWHOFfOI5FsM2XfYYuJ/k5JexK2PEv9TCher0e5NTgwd"
    "YSvri5uc4I9+Iqf4B/+3xxSfUrJtWkS6gM6+0nViL9zu36nffmFI3d0ny/aNprvdk1mvaW"
    "V0abThCfV2BnEh18i6wxDHZdk7joXViSHd/I+rqwmm06yxC88Gkp6nR7o0sfp/Rx7l+7kj"
    "5O6eOUPs5DbhxzwD4cCezdpYOMsuLR4WF7VytkTdOLzPCTdHyZ/remwok2GMwbeeRbr2KN"
    "Yx1xJkPdDaV8BMHFUgydjDGDjFRVIwqdNPWvdQD5TNXzWd0dKUMkuDgyq2Sugldt1KvYpq"
    "pr52apN788XnU43vz0rE+8+awJlcZK8CcMDJ1dnU5BRIqG/tc/gTd/bu/o7CLM9YRdE9hY"
    "C7QiQyQGbgU872hwK0xvBh2Cnzgb2EYPcYZuhx7iSJPdLeu3dAsX/JflXrZcFngLKJRVU8"
    "BFU3XL3JqZ6bsHrM6D4VOnDlsGJ8tz1UY4sxuctPEtFXJXV8T16Ob7vHCQ5TxCv256M8u/"
    "f79eIfpytn+GKJN8xz2jL+nCKFhfmrYJY9NfeVmp7QwqfbHSF7t3NVH6YiNeSl+s9MVyfb"
    "Frj7h1TfQ0jbg+WbDPx8xzZUDakTiW+TH6aGGznepDkdi8wp737FBdboE9TsHoBu9gnlBk"
    "xjd0jneCABYzTltg+7HRAVMyhIS9EOcIKeoTvulbtXa0mEDopNVJj9UjTA3QGAasKkGbqu"
    "BMHImyxbEkd/LTJ7YX2vD18uMzpEILQxn0INqhDnHz4pD2BaCb2JotqYXrlFTrvB4UzA2x"
    "S4jb+c/6chgPyCSQAFOmIavb6BlNpNF+YPD43bWwEEYDCPUpg8nWgYwW83ktR/tBOGtgI9"
    "8TIuGzqIMumVMFUJ3prMci8d7AJnSgtpxHs1Z30gKdsBCscBgbULSgEgi4Zsy66ZCKZKIP"
    "FAEal7L53BCxNUd7MBovg/AcjhKnSrREqFT6xnDrhXJw2jBD4mSLqimMZ5r4kObBWIVSE2"
    "XUI+k1+vZmwHINdXnMgJ1FBm3No7FsCOEPyukE5D4yCIDvK0PQD+damJXE8jMmUZt61RiT"
    "aLbQ3yvWYu7mSMWaRjxv9kRcvl1VjmheIBT5UB2royEVx1jpQa+K0QR+GVTsOtz24amTFX"
    "b9Ze2isAKdwHVh4JKe6ux8xFVDD91WiCXcK7K8dpHYp8xgh8rxqhVjhYm3RVdVAO6m363P"
    "IJDuwdaxZdLGeTSOMJJoN7VFw5a1JYs+0iFuiRYerEfII5d93JZciuAcj5pTgObYEp+OC/"
    "Yyn3dPX37J4PXMbbPKvgaDHTmrqB5oGqbGeCEZtnmv8mNOtTPDbtNDvgm2tTjb3gLzoB5+"
    "13nEB8kn0oZGynJf70hVpVS09ImuEolT/ep+0oFniVXB4fdnbL/cO/C3C4tsV1lZSl+FuP"
    "ocithaNM7YJ89yGddZBrgwS6mVlWV5nHJtOC6TGXSU5hl4sVDDGxhheM1fuM76cZH8nLWs"
    "M7bhx/O7j+efmOtxVpBJdn93uBVBtefBrWM1ysbsaAZMpvqA/h2o9TCJKks9+ty8vMskDW"
    "xuImM3fE5D6UbVp21IOLY/tgAw32sCfF0Z8z44L2/sQTUpCRmclXlQ0rBezXJ46BUnQEwV"
    "PaPyPIhPjc31I9FRWVZGkjpKX6kmmXmpWytUlXjEpZrke8/UCWKhKBQO8BeEbRR4uJHv/C"
    "A2Mj30hC1TR45tvaDnhWkRZPpeRECv8ypM2n/A69Umf2QE6ZIn50eQXfiftepQvn27+lSj"
    "EGW9NvUPQNPNckwVYLInwZ/RPqovg8ypIOaWjqaxT5eFKbIwRRamyMKUeoUpLjHoYIsZOw"
    "dq5/DzqcUtVmmYxt8+ZgdLQPEIaZy8kqI9nGX4JtP2yc+VSYdrIOgs5eGIGaLBRAcEnbkx"
    "hZxCDbKY1b7xtoGQU9pwzYmQpTyYXLU3udwjWVGVwatXK1KkbHSQCibbrmtDzFUdHgd3i1"
    "uCI4yCAsXHM4ZCUYe9WaqjY3Mn5Zxph0nFZLw0iWxm+3r6XeKQ3i7zLgaWOTD2Vs21S88r"
    "rpN1X9DsL7Z2u+Y7acNLZxv9s/Smmbuu6Jq9sQla0RcIW0bayFn7zInqOWtXI+jd71d36M"
    "kkz94Z+v1aPUO//n51e8qQ0p8X2Eemj3RTL3pkWxy3kiOWjQp3U7G6fhM3rIQDknBA0uua"
    "uU96XaXXdXuva7I3V9WsE4ojhElp3yqkR56/5gT8q4EFJNQ7NGGofmIDy2qvMXUwB8yGXj"
    "M86vbxAZ7pZ9LVwLSOultdnlb6usTZxYpHWigtYnN0x0pyDimllIWWMuW6u8Tuj9pCThMe"
    "jIxPgvLMCOdAmfaoBqOOABdHGQyhhHM8GSGw1bZTb45piqQszJpzJEt5OLrtm9wJDEAfXj"
    "SSc470YHaDtylnAuUadRxCKQphK/F37BVKudZsj8AmV8fBliKRDM0zNHSI1OBnikKyM89O"
    "l/wX0erxM00iGZpnqPfDXK1q8TNFISw7oaJEN4ZRQk8IMqMqhGF1GoBwMh4AeieDCptrGK"
    "qPRnG7oBFhndDHgKs3VfqQGDQnRh1Qmi7ERM9An+OIK+/elCESN8KdE5YynEKXpjGhhsqw"
    "12NdncYhihsTDWBJTQH1c2RM5lGPs+oIoJu0ny76OFn4ceYR+hI84IXSVZajEhjCZm9bF3"
    "Fdx62zHmICcddCKzp8W7O4kKZQBbjmH2vsYts3bS74Z43y4L8lAx0d1EiXGQjnxDW1xQkn"
    "ASG8crYp/wAn97yWfVDOBtnqR6zYfilqXXkQrxyv7hiieJ1kx8GiqsHh8PYj5G6/16sSqO"
    "v1yiN1cK1i99LyZpjl3Ut30ApzP/671ppe1jj72z/M/vz/9R8vgA=="
)
