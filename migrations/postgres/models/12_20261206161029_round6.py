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
        ALTER TABLE "exchange_message" ADD "done_at" TIMESTAMPTZ;
        ALTER TABLE "exchange_message" ADD "records" INT NOT NULL DEFAULT 0;
        ALTER TABLE "exchange_message" ADD "sent_at" TIMESTAMPTZ;
        ALTER TABLE "exchange_message" ADD "body" TEXT NOT NULL;
        ALTER TABLE "exchange_message" DROP COLUMN "payload";
        ALTER TABLE "exchange_message" DROP COLUMN "kind";
        ALTER TABLE "followup_template" ADD "script" JSONB;
        ALTER TABLE "followup_template" ADD "sampling" JSONB;
        ALTER TABLE "staff" ADD "sip_password_cipher" TEXT;
        COMMENT ON COLUMN exchange_message."done_at" IS '确认或应用时间';
COMMENT ON COLUMN exchange_message."records" IS '记录数';
COMMENT ON COLUMN exchange_message."sent_at" IS '最近发送';
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
        ALTER TABLE "exchange_message" DROP COLUMN "done_at";
        ALTER TABLE "exchange_message" DROP COLUMN "records";
        ALTER TABLE "exchange_message" DROP COLUMN "sent_at";
        ALTER TABLE "exchange_message" DROP COLUMN "body";
        ALTER TABLE "followup_template" DROP COLUMN "script";
        ALTER TABLE "followup_template" DROP COLUMN "sampling";
        ALTER TABLE "staff" DROP COLUMN "sip_password_cipher";
        DROP TABLE IF EXISTS "edge_item";
        DROP TABLE IF EXISTS "exchange_record";
        DROP TABLE IF EXISTS "exchange_peer";"""


MODELS_STATE = (
    "eJztfXtz20iS51epUFzEWhFsB18ASPfeRki2u1s7tuWV5Nu5a23QBaAgYg0CHACUrN3t73"
    "6VhfeLAkCQLFA1f2jcZGUBzKxHPn/532crRyeW9/ZCX5meZzr22Tv032c2XhH6j+KXA3SG"
    "1+vkK/jAx6rFRuPMMNXzXaz59AsDWx6hH+nE01xz7QdPObu2CTLtNfZNYvvI8/EzenO/mR"
    "pT434zl+Xx+QAZrrNC8bTId5BuetoSuw90vifTXyLT9+hn+MF2POK9hQfrjkafbNoPe3zG"
    "xjb/sSEL33kg/pK49El//gf92LR18pN48J9/0l+7xq6/os9dmDp7sWhafYH9Mzr+z/xHMM"
    "f6x8IwiaVn5BBMwD5f+M9r9tmV7f/GBsLU6kJzrM3KTgavn/2lY8ejTduHTx+ITVzsE5je"
    "dzcgFXtjWaEEI0EFPy8ZEvyuFI1ODLyxQLZAHbxA8tnZYvHl+m5x+/FusTgryD2iSIkp/E"
    "hzbFgz9FU99usf4BV+GY+mynQ2kaczOoS9ZvyJ8lfw6IQxASFjz5e7s7/Y99jHwQgmmISp"
    "mkuAE8D5AnM/0G98c0XKOZylzHFaD0nfRv/I8z3i8jbGRx8knE82UXvWn91vpPFIpX8pwf"
    "1GlgyZbgPJmOb3TYVA6M/Wr23rOVwIW7h/d/X54+3dxeevMPPK8/5hMa5e3H2Eb8bs0+fc"
    "p2/kc/jcoadGcJ7Ek6B/v7r7A8F/ov93/eUjY7rj+Q8ue2Iy7u7/ncE74Y3vLGznaYH11J"
    "qNPo14SUcma2Gz1luuhSxlr9aCLBtTWAXq8NWshYhzqcUQvn2yFpamt3g0PTM6t7Or4T09"
    "r8tXQp4utxYo99pIfx9H8NkfV7eIngLaZHS/makavvpQU+or/HNhEfvBX9L/lKdbpP5/Lm"
    "7e/3Fx80ae5iT5JfxmzL76K8P6+KqmsmnC+jxdN6yvs/HOzhpvu0T7oCKYGEob1k/GNVg/"
    "GVeyHr7Ksj7WgBZwTnkN9I0SypeVj674P9qJ/bI6HsHZpwxrCqETlSRhukovjmYrPaHgeo"
    "1LZIbbr+6RXGN1j/JXRLK64avc6vZ9Yuv0DRbskwYML1JyzfgpmVD9TtZU0PImE6brDWf8"
    "HDF+Oy0rR9orNUsayVJ84DRUs/qrVhV17Kyx23ABFIg7WAKhJnWIFQDmllgBVIh0StMPXU"
    "TFI/ijvVkx+V9RHmBbI2XrID1Fq7P4YHJX5nAMR3JX53QlGEOjzWFcR9OuVrQLerbleAsd"
    "PzfR8tIkrdS7g3E9o1/Px/NjKngrOvMi9B1S81Bz9EbKRwV5DzSQ2XwW2pbAfqzTzWCM6M"
    "GnzIYjPrSRHG+b6oUV5D0UTSsNfTyro6KPZ9U6OnyXlYivrShHPYI90ninlNFyLouxHqno"
    "iqRRDVGaDjncJmnGNt0jZbQ9FAofvjFgpvds666zarc9CsS9EQU9q+iJJQ1Hcz73R8zZNh"
    "ukQNxDsfCxQ5w1cIi+aole+6+311/KZZClypuVpuaj/0GW6e3Ng3n2z8bG1uAFkLoxLd+0"
    "vbfwvH9pLhx5PAXnjzI2QETsfp9qOmjEkraztQkczBiakSjefL74e15K7z9dX+YtSJjgMr"
    "978EMjYUXj+yum2uHvQ4sCwlftw6BF6t44aLqQSO9cMRp4VyyrXfpDjrY3kg7jnvIUT8EF"
    "NxwK52wxQNIo1yhPxrFn6MB5RymvZz4RrCZvC3SHi6q29HbqoA6quG4KScd8jlIAGjE5S8"
    "Q5h+UhnlC1eziUjsPhJ+zqzdibouD4aDiLrf3JBB+OtZDuafwozU0Ml2WR0785LjEf7L+R"
    "50KcJMfgMHf3azJTb9fxX9Gyij5NVoaLn+J82dxmprygHCA+48YNvSFvrt7fnVUczR1w+k"
    "NmMm6Y3fRYrsvswvVUg99wHBya09weIXUZnTpDa7A41sg64POtjw2DGxY3tdNeZGxeec1w"
    "l74E+vLt06czdkyrWPvB5FBxXsflAUWuX4akv/3thli4InAdLewonsTPCbIz1zOrk/zEq4"
    "VL1o7r78iqj3SmGzbR6SzQnGvM+7Ejj35zLMt5+ra+o1Od6oqiL9/NgvqE1ZNbT3B0OWMn"
    "dWRlDrPsVyWZWgtvs1ph97mas9c2uXPonzpnWzjpbTLnibA5vR4N16Ea0Ro/lASCmjPtM9"
    "FNDVs3RHPoKoapv4YznwjrYD2uxqvcCl1hm/5MPZwOiKNKxI1u+h8fCZugWKeYfDvYWqgI"
    "4xYkHlirVJERER3hIAjwhunULJECsxxyAsqfoSvnb9Hdkg5fry0qOjbWsa1nRB/nItP2CD"
    "2pkL8kHkGu81RRs7jPh9UpXqTPddxQLYqKFV3iORtXI8EaBWUq+oCOYyOCt41oGlUzXpoP"
    "r6WgcT4eTybKeDiRZ9JUUaTZMHYeFL/a5kW4vPodHAmDtM/45bLHFsnXB8y57qK66ZV78l"
    "Nbt64XP0XCt5suiWdDKoJav3CtY09owLHGtSQZKq7zPPKMrsnmPWd4JBdMm9zxhPpwrN9x"
    "lbdhe/fVU95G04hXZl85jkWwXb7aU1Q5fquUbF8Mjy6Qw8b/L6+vP2UuiMur3MX85dvny4"
    "+U74ztdJDpZ+7rhNkFNavu6VIg5PqAkVRjTvVZTab6rKIpUKimzNQ26737nL60YttGAF3W"
    "f++d/bzUfle6GqoZniLhmtkzlQEtyEPShtVjSarBazqqktnsu3zlseG4JcdLdepdQrFT8h"
    "2fjomDZdlhwyduE7bHBILr7blurpscK8Fofk+U+g6HPR/ZG4+4C/xQGj6vZm+W6uTYvJfj"
    "2iX0d3pNEWmyVCfH6W4WdCELpzre2yic0tCz/R5boZv/rMSznfp2sM2zrdFxCzcZWMuzrZ"
    "vYQhAMX619cDXPhyMMSouuw19Ah5IMuiRDNDx/SRADekGOwaDxmB/dQ9jW2XfB06kU6b8M"
    "4hJqiZf7uA/z2Dre7mzekOdj1xeIfAKR7zDOHoHIF/FSIPIJRL5SRD7dNR/LrKZqzSeh4N"
    "3VOyazAChrV4iQ7t2+a9d5NHWqrDOtopnqWUbbCVjLcS/A/YMgrNWfVIEzGvE6IdnXai8w"
    "uVXpMJRdyRNWaqVMAB9uqmiw+Ika1XW3RYzr3ra1NysVlq+5XpYdPXfkZ4WyVyDk/ASazb"
    "AaCSE4h6C4/n5jGEM4mVRNhpNpprBPalZ6b7t7Pv79brt/J756Pl1/+T0annf6ZIVFhUFs"
    "rzI0WC6oDNHJGcfdR0WoXeRvSoKA9YKvCfUBWW3apm+ySRtvi7Q1qoxV2ATDdpgTe4jHJh"
    "ZqQ904S9kf3fhV1mhj23sibju8zCxpbyq0X6WcCWVhGyGn6YSEeZawvgkgZhYeob9Sb4K7"
    "WEZ6uDLl4b50lY7z8ZbYftisqbG58RrlzOTpTk4N7N4wih3tTc3UAuHJMXsvob8ThzU42p"
    "HhQXFrM66mSTjOkz4aS6FksRlHUxSCoS+iQvhhHeeOZd0Ny0I543Hd6u7U0qpRNn/CgBud"
    "c7YxzIYX4QgIPIJtfE1fLxVcPU5uSgpvoyQ3JYvGUZ2bkgVbeTk15QJplmlD+StKSCFRJE"
    "E0geQQ+uvYhzH6xjlyXOQYhqkRyBWB5JCl461NH1PZ/CDPREfqM0shATg4AMMt5qcc+Nkv"
    "J6mIRBSRiCISUUQiikhEOWYiSlPY9W6R1vfSCjJ9paXR1YMAML2lmsR99x2CbFpwe/hS25"
    "0lEHaBmBt1O9bs2d33g/7atjHfiPaAjr5IbWse8M1sg6AgcTxuVZC4h0wsyr5GCz8m4L1B"
    "Vorn0kQKAu58nDWe4/oLx9XLsn+qPYQZIm7jNHDDT+Zj1qezbrJhx75C01tAPf5jGUzStq"
    "ryDB3XdeWgUk+hFYMijWt24DxMhTm1Z1sEFNwd4wmH6/9GhtSCUQhWjoNJvcWBG3CxA08Y"
    "nwiou3C+vvPRfdH3WO0lK+l3vSNs4EU0D6ca5W7cz5wbjJ3H4FvvIHyzRuPStHS6aHfj1+"
    "vZ8dkcOMvEu8Pqxry7gOm42qkBEIdE5tM9cVDgyNZjE1mtKR92XWoxq8LpuNms3XJr7Tr0"
    "5Vc7MutrMAs/Swr243wIO3E6lPe0H11CzRcjROvckYE36bm4YuNMH0/gejDUPbHRo7/ZMw"
    "JIt0WQ7rwjM29TM16wCbni6P65WN4RvC0LP2DTqgPy3HcOluc2NOIaV2kNXTJqx6SETIGX"
    "ixcVvP6M7ec7B/52nEdyqAiMNII6SIVhO3doN7Nfu8hla8S/3YV1SfRFlsVJtkNwFDguk9"
    "QP8hwv9tD2jqUYflfoB+MvXWfzsEzosgkgGdv9/cXt+4sPLGS3yCci/FUzNyXQ7bcmqMTq"
    "f50slQWOR7+cq2I7kLjBMjogw+NpaWpLhG3kbHzPpJ95zx7VMBG8mYccm2WHOBs3lV3iZd"
    "NLsrG4wEpQRrJyXpKscsCH39v39gUkrwwQRp+ubhn+Cka//XF1gzziAuz4Cj8jgukbwPMQ"
    "FLRr0O1pNh1Ga1wazaTgcUg3DYbW4lvP6M1wNBwN0N+//A0mn8i/QL8Aynbi3tvX7gO2zf"
    "8KIM5N/fxd8AiWY+N4hP12D60d2BbId1jmDfzS5CcOQr78IGTtsRQc58kWKTgiBYcjDUWk"
    "4ES8FCk4IgXn9aTgSHO4bedDwIIpv4XbxMT3AIrh+M3yb8Lx/FZ6wUZToAW0TObDXZF6u2"
    "f4a+kdvIsXfM8x29fQI3QfQYhBo36hkQF4rAqHuPFimf2Y7sq4xXLMDKuLvBmQgCGDEV09"
    "z+/QE6HWmmujq/cffhkNB+ju/Wc60COYmjmOy/7Te7Z116HW1Rs4sjSQ13A0LzEN9/WQEm"
    "vpzySkDiOi3D+P/COA0cwgbrJbWaBrCotKWFTCohIW1VEtqn5leLeLRqoa2/9Y5y+3Gy7I"
    "+pddOPpw6vxoJ2ZDfnEEKwj1JCP0vxGEhSdqdlyDEpOO85CP60/Yh0lbX+EQ1Tp71Ob2Dx"
    "VreosVfV6RxS8l0EdUB0yfjz/pbV+22Lpp2FszR8azI+agpsoWl0vGkNzR48JhfnbnwBH5"
    "NcYXeETkfngPN+c298r78Gqt4WJZRNdwLRgJiIuHaAyJM8QyVRe7z6F3I1EP04FvMp+cvw"
    "t9JAkiBNFNmLzgNIkcJqVwEsd4h1IvTaSyJy4YEeMWHhnhkREeGeGR4cQjw79NursXZqfI"
    "trBV2/hidkKW2IsF2y/X41kYNGvojznjz+e4Nu3nMsfBFkCJmIJfxxdrp2Ro9BJRjAn9O5"
    "9DRxlVgtZKqtYKVqL7jA6Be3BQD07By3AsI9iDZOYHchu2LC+1g3NjBttN4XD0ItUF/WVr"
    "GJKvQfOey9CGSdKGICeiT5LcgAHCHnpyTd8nNjJtZrF+/HxTNGp3m0rkWwtb9OjqkbBFz4"
    "QtKmzRbbbokioelAGbyhzULc01iqSn1gKye/0w8eVDuxfTL42CVHcfrCDnWmmXRpCAHagR"
    "8pAhsIxUaWfNcS+dBn247NiC1pyNW9Zsplo2ZbRcCybwHijSHNBdiEb1u5mh1ezPeWjBJP"
    "pwq31TQc61eNLqN+/7JuEvQ0cswRmoI5uEtjeCkSaQ6yTJk5qOzuMJZkX0FJJIc+Fk6fsj"
    "IDKmuh41oGoCYR5aQJ75YLfr9ZkmFP0B+dGxiwYXV7lFvXdz7OTzq5WFdG2TO4f+OUQO0l"
    "HFsc8MpJ0cqh/1B3Llk9VZiSM1/m6wzYFK6KiFGQ170XH670vsA6YGg0mxiY+AHi0d+rLI"
    "cFwUNkVi4BPOmtjvEEbrjWqZ3pLoiIrSg5lsbLosT+cPCVmm/WNQ8Kru6Tn3NrE193lN1x"
    "2iD6Bnlz+gf1fOI/3gaQn+Wfqon2tK5gHdEntIJfTjqJNwAPSh/aBHmAWvpL+cYQTAMCLB"
    "SDh1hVNXOHWFU5cnp26/8i5aSX63lItxHb/uuNqvOy72USHPTXzn4XDOmTyXxiQo7IJ/Ew"
    "LuDkWJsruCsi95zLBNpgaBphMYoDamEh0/m89G7XsL7QFqg16ijRwf4XjORSSN8RCyYDQ5"
    "wl2TVLUmyw/t6gj1zxZXVJayN86Os8CjDhg0I6P5DdXfG6nEBRLaGS2EnyPtk/Ql3QDn/U"
    "QfQlUsnr6+NcBJgtbHn3h1Q9aO65+VeRSSbwdbfQp03MJNBtbADUVAY9oBsGVACuVA8kwD"
    "lVUhcF+O4daUplN8/g6ZK/xA18MA0RXmYs/Z2PoAfXz/OxjtxNYdT3PWQeIVZFvdAFDn14"
    "v3t/A1HVVwNxz6Be7tEIw0eBLRwe8QIsUygj+ubt+hJ3CCPNEpgncj+iD5yAOvROEFAVx0"
    "NtdG58xPQSe6t4Mn0FdF9Bf7jvtPHqJ7R7M24KfKl1zJI0hfYzPUTE/7M9cHO/pBcAoJZB"
    "vh5hBuDuHmEG6Oo+euBcdyi8y1DCHH6KHQSL7qur76wIdtDfx8ND2zjRzSdPuytQtyOBDm"
    "SvecZhoo408DNmeIuE7cSC/z3Tx83ZcQQixx0bSOMEPEuSspzfz5TIGeADJpBZS7l2JC1d"
    "GfF4Ax2oT/GaLeLP0AKXpqTDkpajPob6XPb5TVl6bpDeMTQ5NPD2pi4DYRRZaKa2GU2+x8"
    "CiPtEWhoi+RI++TSTLTP1+fMLEqf/tpF4H5qciuV0XK9LdNCDzOeybBm8e++9bJjJldylj"
    "PbNXhm1gNak7FZIoGHV6dtPONYkceN0fC+JjP1jMV1M1Gzq6siD7X0eOiAvfw1Neci0/eA"
    "UTxtie0H8pl4HmZ7siSUlx0y2B7PCwYvVqnRNRAHg9KLAYpzbgfII1TMdPH8Ym9WKkuoVb"
    "GvLSNYBGfjq85PCJKZNvtHABUYvcBbdLcsWNp7e9C97RFsASW1jpHpoSdzTf+LWgmEDQ4n"
    "9DL5wOgNm3pj6+cwO2WqZcKn8Bj48FdG6jpP97CNnoNsZvgojnxPoBxHkaH9iDzBClpTjq"
    "ON7ZtWQEoXmc2ilMTWver0Y91kLZZDY4YEbXwjrpT0oigf72N/44lAngjkiUCeCOSJQN5x"
    "A3mZI7pN0nL2jOfczS6p0IxrOmoFjbgHsLjwSqzrvIjG88xmbuJ1sV5SYPCl+bCtC0hMdU"
    "oG9Hw8nkyU8XAiz6SpokizYaxhFL/apmpcXv0O2kZGDEX3BT0THFcviVpUMj5FcTi+Dxsf"
    "ITMVLhDJkCBkISl1AT879g6B9dAkDBGN59rTGWTSy9JMiQoflJlMgOXMhmHFDmEjRWk8Y6"
    "irUPhAhgHEzbRJycMxoAao2eM2imBniE7wzN9LrDo0L1tqMwn1AbfKmrB4bfMdo4xV2DHD"
    "dlDP3esz2PfJau03OfbTJNye+0eLAnjgb22BT5KQ9Sq+qQwhBcBgXXIn8Hdee2n31yQr2u"
    "e6Y5MWUk+R9Unq2y/51xznJq5bFtyuVvNiAn71vE5AiLrS0LipkAoiBF8Jc7RXBla+huZ/"
    "jahK5Cl4OaRyB5ELcPEjO9VIiUqBYaT8koClhFNDeU9Y7TpnjSYMaQRxhvkYjusRDsqEnu"
    "iEBBGsLVHsIALgalv33hWCLYd/hXsbnmDTmeOgDn2m6QUv8GRaFoI4zYC9iIU9H9Gzlf0H"
    "MDYTnMmNCYMz97bhOquYYhDVTiGXGBuPSgK98fFqDUEkAItZW/iZTeVubA12aBAIIl7dki"
    "kRTBHBFBFMEcEUEUw5ZjDluK2O9lIDBW45A+oRMIGM4PEMEgmGdWEu9t5bit7gi3aO/gIp"
    "z42/p2Sosr8MzGCMI/s4QFtNWoE38kYfOCRAlSZ62IUF6c1kVSDl1lOU2y8BCEXawpXGk2"
    "Yxg0NLKdBfW8qpSMy1pJh0MiGFtOw4lxS9tohNrVRqZzSTUo6Q4+zr/O2jMtQrbQp23kjT"
    "o1NwpjNkrPq30lHkBSbioqVDN0/bJ/9e0asLt9br8+YxGbpEI+ZjK3OhjL6v60CWJnKTE/"
    "bk1kF0U7ZcBlnyvq6C5OZ9fauAqrTsQG+sCMdUh9OsfmlusISqFataU1h9b/oiV+TZNKcW"
    "98KEYc5b0sSjmqLgWROWx/o4OpXlMeAPyOp4dMwMJ31DTzhwhTdJJsgS8czwUH2dQ9/oPM"
    "Oj7KdwDxkG9JaWoJFXA0jXjsXBbp3G8cgsFb9Bydy9NJdGcziYCKd9axK2ttUf0sR91R4S"
    "Kb2+LAHOAtc3LHf3bEvoOhwxqBW8dpPBL4avr22IqcJ49IRNhknpO0hzHY/18YhDtm+wDR"
    "07AkBbCMei28+3iJlTa38QdfoImmydF3uH7Ocxpa1Dcl2dPcpQBAFwDwch7BD+MwyFm36I"
    "9+kFVYBhTBtb9zZ0IPFgAF31Dn10rmoRItJBfSkMqg/NGWYWmLoo4RNRZxF1FlFnEXU+bt"
    "T5FKvIOI87iy4vB+/yIpqIvOYU2d8cy3Kevq2rLY3ciK2WhsHGbtaNLA3WPnBJJ6VLRwft"
    "HNI9g5l+2awBAN+n9O9C3d8bAB6I5qzoTLZDdewB0rBlvS1YFt1Me2/f2981i+HzbDam/h"
    "0wROJFjtTnwGZgA5DnIMcwLJM+aI11j85go83acjB9vk5WawfQQKznX9H3R/pE+vO/39Nl"
    "7xPN96gZQY81iyCim2CrLM0ArsRbOk82YmbGmtIEZgqGt6fP0ehIm9C5kGdabGpETRM3NH"
    "REhquwNXg5i4WtIWyNM2FrVNsaqSumuBi+fbv6UHEoZMlyKwE+fgvEbVYAD02cyyQbGBWB"
    "qNJCYL8zq9qGt2yDayxFwW3a6tGKZkMFqa19liLn3HaYyzOWFadCSJ3oE4iPzLU25toeSs"
    "EDdbUohH+9vf5SkdyQkOSvCqpCov9BluntbXGf/bOxsQMHu7oxLd+0vbfw2H9pGErs4ugA"
    "Fm033vJ2Wu6MgQkKCBTU0inZE79Rtb8KCieiyEnDABJuooJdMPzD9bfLTx/R15uP769ur0"
    "Lmx9cu+xI+oh+YERrnxad8KYJTmqtQ7aCICfiNi3NVrJtRQ6jN2wwaOUXBc8Lze/qagQcD"
    "mXU7UHR8fQY+EUBId4MEiLp+5QLhCSzsnFdTkuq4NSWp2q8J3xUaS4CHp52xnaPtj4nVyd"
    "HCt/FUtKQFqPt+jiz6ozx4BxubLmnG3TJSweMyKCIfG0Yz3qZJOL50j8ZSH3s/mnE0RSEW"
    "6cvdHYBdJSZP094DUWjpLpyuZ0z+K1pFL/QfSC2uGs0dROeMPXbOYCdnB6y9jebp10Fbl6"
    "/pC6YGVzN3fQfc/bf8fCe6fMt0pMbNSVInh+tQfqxKnCWXIeVvf7shFq4AFY9OjWCW01nc"
    "2QOA/nrPCDJ+F5W+1Cb8uk3NeMEmPKEV+1ej3JOMr8M3jTAfu5q/1za5c+ifl7l8k5/wRN"
    "Zmy3QdpjFtSdaJNKoaqTqRLlevJMDTlkTfQKOd0EUCqHKQWQMNciAdhuG5kdWaChQ+JGsA"
    "lUsHVKbEYPlveHReTNrZzyNKe+5kmmhF0zFvNJ2xpOcO9ljnouicTgCNdTo1/S/XP6M0f1"
    "KmQW/eVaKW5L7P6iypL0UijkjEEYk4IhFHJOIcMxGHnf71j9toOM9eIxA2ZkXQisJux7Ee"
    "QwWoYw3yo0mMf5YshRbIP911aXWdBxeX4C/VSzVJkfOeajKDGnVFJoVWicdJL4HqR5tYbR"
    "mfIj9knwf6oOhdWqb5hB2sjGHN0vR9y0F02zge74+c53awon+e09w0YK21oHqG176FXmES"
    "vuUhTXTYB/oMMEomc8DtkUldmJg9yyOxU0s15IpSsTTRNuWYqys5QM9Kbw56LUAt2VxT4a"
    "IA0CVZGe2OYQLqbgmbSVkJ5HYmk9LKxz6xWB4z5VOVx/tmcejHaWPt5Uh7A/DyKnOCRM+s"
    "jm0yBuwdsqjF5ikhFxuI5w3Ebu5W52SWUkiZZylTU2UN4eZ2WbJZWiFpniUdB7yapcblyX"
    "j2dB7tbswFB+uyNkslUjlL4Erz0dSarC3QiWVb5mYXefMib76nPI5SNhomemepBGdfTvbO"
    "JMrsmNl5kZ6rZ2yum9WZV5hEznen7G2c852oAh3w90NmshNlcUF5qsHldAZdV2UhqSlPlN"
    "O560jk2vOQa19m2HXA6ROvGckZszvUMQCkwI5J+Um5/+kwvARMYEcuFaEdT2Tz53PJRFnM"
    "CzyCLQfbcuGUVMc1YdOp1mnk9l7yG3dcVq+BX6LmagferbzFingefigDQWrEs5X3OZjohJ"
    "ZZo/K0trVWkRmyrd4qZarUqblKD3+x7uoiBVtMyex8uVOS3H3+LkQO1k1PW2L3IehT4uMf"
    "AGj8tCT2AC2dJ9ai5Mn0l+HoSDf2igVZB362gCsWVVLHz04TVVJl8WNRJfU61kJJMkFBLW"
    "H/X1gF1RB20XjOq3HSZVLSFHpIKnOjVQa2XKdPh1zdp0Mu9OnoY0nUmUZs321TmsNZWdQK"
    "Orst3I1VpoVXI+/myPqLvgtVOqpEb8X5cAg9VRV5xMrs5Xri2SKOPWHyBhACTWSVpuFDUP"
    "C8FoLKlrVlqznjFrgjUG7mssyaSQ8JVDeM51Gb3CmBTxQ8V6AQhUyaNMg9tKhFwSIfJ2Tg"
    "/mcxw7VjmdpzW4mUTnRA2bjOxtYXrqOadnMJSeMh7LfRVOdPQqa3AI/ZY8mpeOk4FsF2ha"
    "2cpssJQqWE+5JEZEcfNq338vr6U+aQurzK42Z/+3z5kfKesT6BLi8rYjcd1/RLdkJ1bl2K"
    "RFSg5Bm6Ii50MS692OsdLtkZDniq0H8GTuqG58l0qAWlcOzfcHMThZ4ws7k2ZY6KVn0b91"
    "CujldrKyz+rq1wpWh2UrgO1yV9rMK5PpsozSVweBUYXr2ZAhxR9EMaM23IStahWHSm6iAZ"
    "Zbx7yehepOE8UZ4t2iazV1CLegGReX0oHm/JD86vziLL95tlydmKrpsvVbGpRQogDymAdd"
    "LUADizowSsEwNAb4saG/58SBNZYbcEYb45buzv8ZSfwxlP4zQpAY4tJq2WrM7P2H6+c+Bv"
    "x1mrfMXFtxwJ7Hctcnkc8a90YUURPf4+ytQIWOm4bP3+IM9MYU6hpMdrO/yukOoRjvOXrr"
    "N5WKanXqRzjDPn0fuL2/cXH1j8blFg/19bk1dy674kdaW4M2okrpTs0JfzV/5wnuhXLoID"
    "EyUzoCX2WE4J9OfOYPq+ud8o0oihwowg7qpNqKk1NaZ6CWJwl5NDs++Pj8R9DqCGwTf8AE"
    "2+CRU8Qd/D6RahDL+zZ6iE2PGDWF4LNASPn4ZZEswT9u5tSIGh/+Gh70k8/DuCGDH6Hq+F"
    "qDH4OzYNYGYgd2OzUR79HVbwal78bp5Jd++9/YY9GSMPG8QPuoBbeH0+QBvbIp6XfSf6Ds"
    "QyoimiZuPwG9jLmjYy6GJC+IFuHJGVI7JyOFBJRFaOyMoRWTkvZeXkLqimC6KEvFerQtKN"
    "ccoxC/8eGZMo5C0rAHUsq5Dhk1YAsuB+Sbi8k5A35yuoeJzkFZGma6iMvleLKL18guWQTg"
    "oLULN3OX5OcrEcH4Kh9/pewcFa7YIqelfqlGFHPpMDFmHz6gKoXYIdGeB/bXFfNawqubJV"
    "SDCBAtWzEqs8/fVgm0luBgMXWjSyRhkJjEWG66yQs/E9U6c24RJTA5PagWA7gjsDUYuT2H"
    "Byg6EsK7IEt+VEoqYkS2akJqfvoBCDwYNuPGBaqpZpF7pq7/2B9zZbWdAeCD6DhxH3nzzK"
    "8ZVK3AGiVjv7gnKBGenOOvsIuPsnkKKjTY3zaJbgpVYEpkD0XeGF7+34Jd+iv5E1s5FhMF"
    "hoKvYolRP8Mmw/oyeiorXraGB3a9hGHlS9QCVMOEZ1nSePuDUt6z8zbib6V/QJEra2sLWF"
    "rS1s7ePa2upPdveW6r7VhTA5sgNmoJ01lvyUYJD8hGGyKxMMKWiKxlLC6emgGCMZ/m0oNd"
    "dCNgVtPKuTgzaeVSehwXf5phGgASw0c70Mku2yUrmjt3jFUZ0n5L1OKa3DUAnQf8+Gozi5"
    "X9XAbJVmSldejI9/v8tsy0JKVLw1P11/+T0ans+TygorVqmabJ8MEe9CmowNelhOtUmUFw"
    "6bqM1mmYxr7JXJuHKrwFdVwJ+N6plyZL0uk0nvG2kCdkCQti+NJ8PY0TPEVHiz4VDaeQ/t"
    "Ja0QDKkW2kiKrF+qSGpHvWa/W9oirGnupUlE3uiLOY1elA+yY2rdiWO+pVdV40y6fWK3fM"
    "LqDVk7rn9W4mNLvhxs87BR2SzcZFwN/xqloAeC77jPKCBk/qaZRu+TOZ5B9GmMQWObTvF5"
    "4BYDJ9Knq9sy3JXdJqvjWMoiqQYPCWxU4WMSPibhYxI+JuFjOqqPaWl64Q3U0MtUIOzGVD"
    "7uIbxnfBXg2aPpmW14nabbl1eiwOumHj1uOH2q4EEp3Ww3/JruWe6tiUYP/Ua+tjQNv37q"
    "lqu6e5eaS1h9UaurO08rGqnxcysXVbS0pdRY0BlSIWee5bzE3oLywDc1XIIvtBUzJU96QN"
    "iU+JPe4qYcs1EhZ9tJNHzjl69b3Mein9Me+zkdqx8ZZ0dDXf7WbEdWp+Kd3q30J+xY8868"
    "7zDPCa3pveLQJwyrimVE3HwplhGPezGWcW0TRN/HevYJJMZiiEaEYYhBUuVK1xn64+oW+V"
    "Cm+gPyYlUSZvkSZDvuClumR3T0iK0NKcY49vWQktjHn2dJJIfqHSuq8wVBDlHDKmIeIuYh"
    "Yh4i5sFJzCM6nRucuAmFgMzMG3wa1QWaOH2j8cLh+6LD9xTDGNzEiJg2t6C6XxMOZ4hObg"
    "XvJWU+YJm9WRHX1EoMasvBFcdugTLHcANIe2tWl7H4w/W3y08f0debj++vbq/CdN747mRf"
    "Zl2bNx8vPuX4TX9miZJTvaSj8Se3mvcRgDOIS2yt8bFRIDw5Zu/l6EjYZjkl/N5ydBQoxd"
    "FR4+hIuLY0y8BdajE8IhUcr8Fxw8IliOb1kOYj2gOeJYEzrOGJcsYQcKANDJkASs5sCODm"
    "qlazs8++geWBjU3P8zTN6R3lnbN4S4Zhpc29LblQRARLQyeR+3nHiFWmeKFnPK4bssqsLr"
    "7qSpwH075buo7vMw4X4zGZAYOtMRkYysDW4rEvxmX+3XXsB7TGnvfkuLqHYHHoDOgEME6x"
    "pjkb2w8RV+gHmgWhVYR13QU0EoA+lRXwQBsSlI7MJyN61utjCVpLSUNW+yiXYKwe5KkAvg"
    "ouTYTjJ9Gp/Q22LIBiJdoP+kxoHmwA7g16Yu/Enuy9RV+x57OAkGWuAGplaXrx85+w6XuD"
    "e9uiBIDpYvj0L8HaEhkbFwJElNmmtXHJr8hh/xkSEvrqMCUDag+gYIjpwn8iKpUf5wi7EI"
    "Dy7+0lXTtos0b0XUyLvUbEE0xfAz0tHYsAhCv9FQEUK7269PBVWUTLsRGrFKsOX8UFaeZa"
    "BK5E4EoErkTg6lhrQQSuygNX6yY2SjCa51BADDMikzlc0sqE/Z1y0g45vLNLkpEqb7g0Cb"
    "eRQoAgNXRov0qIHmG5BCgVc2k0B9ucGBGOLbRrrSmOjuOKFlW4FiFDWxx/JeT9OgMVAA2m"
    "gmJtkOHfgUDKxVVPRP09C4sXo2o5oK8vmEbcdHEUiHtTJnHG5C2lT0u4L2fgXhtKWtYQAn"
    "Dq17cyjoFdwpsf5MTAS3hj787oJeWwvwdzMn0mOtQN3RDNcfXfXMf2v+KHUm9TxcjB1l4+"
    "MGyxjsa96HICnDkN1MDZdEYvtflcZuWtUpCyC91ogl41wY9LwejaOng5AsBe00WQWTRAa2"
    "sTuEAM8oSeCKILxn1Gjl10Oh3wuaK/jXCxHF2lFC6WUn1BuFhex1qo42KJDvcmjpY0zQGD"
    "wb62WoyHYXPwRrJPbrooGi+N2kXju0+xCg7rBRzcRRlUw4bmyPiADYXHtoANTYtHUiUFLH"
    "9VipsMTYbztNgimOQYnpfTbvG+42OLSswrO2UBBgRb5aLNEuYlG1C+DWfgxkzvJL/o4/ur"
    "zxef3ozGg3Guoj2Sx3SY3z/HrGw/PRWyYAI3Mddq1RM37JnTpJqYL3Hss5h4R1vY3pyVWr"
    "7088E2O3cVjXgZuNNGxPbBHAxsSPiRNrLxo/nAapkHrIWLHTRwIch1LOKx64roJcCdO04m"
    "bFFhix7d/hC26JmwRYUtus0WPW5h5T6OXAheTXTW3wXCU4nh0sb27D7g75thlmRdjscEnG"
    "dZpJkuTYc6ZfrcaJVl0b3Bb2rN+rNE4/lNu4fbTTZIYKTzsbLX2C8p59nSQyoczzWTAw/J"
    "XIHmUbvlDo2Hwxocp6MqWc6+ywGiQoK54+plfaKqA9EZIp5TiOTJnJX0zGrmnnSdHmR6C2"
    "pymY8lB/ZW3MQM3QFBE6Prs9k5MoV2NIo0nu3s1OsQPXGN3RYIf+6OAH8Hy6+ZkiGG5Dis"
    "pG/Ow63yLXkXAReLbG+ceBE5N06B53U9S5kluANGnbY0Ld0tQ7puAlL3GiSwK2hdqrgNnF"
    "hFhn/G9vOdA39rrvsbx+KmzzjrEAeZtrO5BvVKc51eqLOxMt552bMfu8j5M6Of7sLSJHry"
    "NV2IAWsdl0nlB3mOWB5ullhg4VdAEn4FxWWbh2X8qRs+pTTbiX6+KHD+r63e2S+Ob2rkrM"
    "Q/G34z2OahtZMxdXy02CKuz6rOmE/VBBLfcVmBGbWboCOSKmcKzAYoSJFmTUwJc2jJLGvX"
    "gG8k1ZizcTLbX3qUyTsbGdPzyE0blHRRDtvOk0V0ygXkBK3Fyzy/nL3ivY0RXYG6ySKfLD"
    "3q2fPJKmhLTggith7UuEGDc+RubEqJXEJpNNMy2RmJTA9poLDR5wVPMn025JG4nvBYC481"
    "H04U4bGOT2zhsRYe67MSj/UPyugmbqZoPOfuU0VjJRXjscqHy9Qij6Sk5KWazzHBAf15VF"
    "+0gUnNuc1MkLbc7h685GSjAkEO2Xw2r+lcOgDgl+roz0VW31HVsaKOKxzPtZ9aGs1YJp+6"
    "e2Ze1Pe+OjMvvg8+XX/5PRqeT9fLMl0n+mZNmG3XYJVnqbiOOUoTVYXe65oO9/S4VcO0vS"
    "z3tEXVQoEqIe9THaMyA3N0puLp6+61TqdyrMeWzb4ypH2S/mxEMFzzGHKahyyGNwf3w2te"
    "Cd7KW3jgo26+EnKkfVoJigIwBFODQEX7cITZJ9LrWwk7JRt3lw/7NYTGuiEe8W+CtpFnJf"
    "7X0nGDbd7YCHQL+sQQf+GmaF72zqJwOKS1MnrmbYxxvKBk0876RMElOiVQLSFNpRmcNUNI"
    "N8Kaeh7UdXpE27im/5wlK3pdD/boext7P7wBFJ+Ch1TPTUo56zqPBAbQ7xxAMqNzBW7XqL"
    "+ni1b4OXxL00dvHFsj5zWdqH9m6pXpv/2NF0CBCdeqcK0K16pwrQrX6oE0goJrlf4yr1mi"
    "ZELBuR9KkSYTsAMNcPtN5gakTxKO8viCe7CU8y+DdCfUB/RRrYmtt/O9jlUZzLF2Gdnd+1"
    "6hvFNvdQJmKftkDkkqBty1sTJ/fSZQtvxhtYYEkla6UI62T/IP/JSKAc6x1yz/aAerz80y"
    "TQt0fGebprf7lKi45sHbcTZ1ZD42Z3cJJc8Iajl943gcP2GUutwhFiSXyeNJ3WIYgV13eK"
    "bvjGhX3kk9fTqcJM/bHSZ1uV1yuNZgenIDHpDlnF+YdTle0B64ag7yFfvQ+OKs1B0ffDXY"
    "7oFPBtVwua+J6zk2gihzDCcBjdLfgI2IYd0Ph9J52En9aYkhMdmynKdfNmtkEwJ9PJygKw"
    "WQrpCHDWI9lyBa7PNJdfzejJfC0y083cLTLTzdwtN9VE/30vRKzaJqT3dCwXEaGtxm6cvs"
    "6kMbF2v30ADAPCqOpQPh6KZczxC2Yv7B1MY05yHOoLPmFhNwsikTOI2VWd29t2eJnGLXd7"
    "j65vokgB/hg82UMaXYDPXiOgn1AeM6G5spyM3jOvJwvENOfZ3M1+q812KSt+n6S4BqLVnl"
    "cNlXpHpnqLZd9DydOtIIND2F/h+cNiyrTRnt3q0F7uk8Hoa+oItWJe5CM9fLsoVdnUZfRs"
    "v3aT4jWAXz39BZK2HoizMBF0yAkRv0yJGlmdIRIu5e8u4TrjP2NDnyS0j3JK+DWpz7RkGi"
    "DCIttkeeju+tIY+naqTU9G9TBLxuvCFyZGIz1NsMXtvd4PVmO0gjGZq7DMmMOeuhK5aq69"
    "HWiFHTMxsEAYA5z7uEPt7Hmt9GfCWknAtQhZwkSZMgqjWUplCPa6iB77+HogtbPzc53FIk"
    "XBc6KhNwZU2NqbEDFJ8k1Unhk6TqFD74rpBGRrDXNo8sTdqnRCJZVdg2YeGy15xIBF/5i/"
    "DgKy6ArXCBReIDYgbGnzRUAAFISiFwyyUH5s5y7xBAMMvURfPc5soJ+D0fWyp+e0lpjrTl"
    "R2yZbQ7FMvo+nYxp3U+WCIu/QAvAQJlI1yPKYwZRndYbx+MpKBxz3JWW0bfz1McPJepLdW"
    "+maDwfTZngeS2aMgVgGYqq1EQP2CLwvbRXgmhM+yhqkbo/2zkMrO0QTO375mxQOFzSk6hk"
    "LzfBMd2pI9EBon2NlkARwTRjdWPL2pFb7+kUQS9dfthVWzOpxSTyE6+oQrZ2XH9HXn2kM9"
    "2wiU6VVy5bCTuy6TeWCPdtfdrLyofK+G4YdUenOlU20ZfvZvN9wupp772169C3X+3Ipq/B"
    "LPwwaV93Hz2qfNMwNcaPHZl2k57r9FkH0Dwr4nn4oQzCvAnjblfe52AibtTvbjclsIoeX5"
    "bZAafo8WU9nxCf9lpXQNxIiy8rLUi+HWytLsiOq1dgEFIg6F6GvI22RNhD37+HlQrvNvaK"
    "Xtffv/8a9rHELoDn+F7Y/NIjFdUEnUwrcMdFycDR7yRRMhDxUpQMiJKB19MpU1amVBedy9"
    "KQv06ZJ5qinmb5bn0y95Cu7jqbdROexwScM10aA+TTbGjoMU4i0VqVYnSDtN/Am76jSn7y"
    "7a2S/bSbOR0ZKnVbWiX6f8PGVglhsb0VI8uaOLWaXMXGW7X1FTqRykyvxL+0xe5KDarT5o"
    "r+gA1hsKUotIcQ5bZHdGTaqbpqABmlv57+Ciiuxkgna+z6KxjOiq2peQ312XOJkKCNAINw"
    "hnST6VA+L7HLDvnkOlXfybQC8lRYdcKqE1adsOo4suo88kiqi5JrQG+m6A+YF2g77gpbZ4"
    "1XgaJDjaY8HEuAFD5kpwOW2+jB3eNw9hAD1VmTFoWy/AGgJi9Y4H51kUeOjHMLMK3HyRMN"
    "rEGjrtl96PINN4oq1RVFTMBvajKs+zngIUisF48k6yToxsKxCBY61e7bNMzJ0vYnzTEtl6"
    "CKvIVl3UO1oKgjBgHidu2S0pS9lf0rS29Nyx40OqOd8HOkvZF+08yBk5BzwTVT0+dSoOMc"
    "JzdxW6Xv4Jq6Z8eIxKFHrhnDs0Scc7tpelf3KNuQotsUXztFwzGU+YHdiUV1oDlweY5OML"
    "fIXEi7bsbWFIVgaJGhsRbSdLkWCQV7X8R6T+EdZ9ncGAY7Ba/c2+tsS3g1g4GdvdNrAI77"
    "YUXFjjxuWKDB2VKuy93UAVkLQD+q6umIubXLhHrK3oy+VAssP7IYOmDyh8xk3BwUu1gZdf"
    "lesLxqLe5IBeuA93w1KtjDus6pqzX4m9IZBINfYnBRweKq9cO/bbCLbd+0iR4e4SXpQsVB"
    "g22JQ/9Ihi+Si6ZeM2YYjQzXWSFn43umTpAPbRk0Z2PpyHZ8pBLk+XSN6QP0g6z9oHVD0K"
    "oY0FrQhj7Yov9BpUf0siqOvTyjJC/ozzPP2bjByqfHVxgxJj994trYgrXwH6LqQ+QHHfjK"
    "FvlBIj9I5AdtzQ+KT+26KfEJBc8ZEfUP3j1kv2egPOLLsC6DEwqeGcxARecEML6kSYT6lT"
    "hT7jeTISCDBUCWc1keR5/IM41uwTmeaQAFNZ03QQDbu7BS+koTiWXJeBZby30xGtfpX0BH"
    "VadljQs9DNb42XJwCaerYdBSJIdHQjtO2HkvSGdVaJHbUrAODw95pDj/XhCLfZ+s1mWAMp"
    "WmTZrkcDHhEdcGTnoFe4712DKDKUMqklj40U+Lxor3bGsLd2M37PKcpRJRvpc7Oocc68LH"
    "Sae62dQBJeKMxXW9nLnVlXFx0ndAX759+nQ8Fyfx4Hfb2HTJWal7Mz1gsN21mR9aw6v5SF"
    "wo7SQ6ypAntYbSRFHO36J4ZOCPXGIPYdt7op8h00M21J0goptQv4gfqDDKvJt7fVaplzNC"
    "PQjnE15N4dUUXk3h1TzWWhBeTQ6xbPZc4wV3Gn9oNtGFWP+SS1EI87aQM2r6VqMlHBP0aA"
    "3vBg+0H5+k6zy4eFXO+ZerdFPkByxV1Ijtu9HLNJHFTJlT/sukZj8GUSFdYL3uYsNvznlR"
    "Is1p46BD+4WpzVkGn10dAYkJet0JJqhTh5MnbhikQaM1SZmpUaBwPhzOozMq+EQyNMB1UK"
    "EdVxhMlKH5vDIPms/LI9bOWO6oqdBeIi+e5rD3aSDyFAkfQofHthD6TIUuegE83WyuTZkp"
    "y6mYXGoPGlbDJk0ZIj5E1XJ/Uv1sxML286iJV9Dui0exNcAaFF1DRNeQvbGJrNaAoNgVq8"
    "LpTpVdHuWDZ2B2XC1CZ/xunLtNzXjBJjwl3u0zZpTtJVISMyo0G6mOGbmFoS/GjMB1qTA3"
    "5mQOF40kvUMYaQ5sAMoB5Lj0P+mmQKAIEUSvN4zgmn0AyEu67QbIC1EtIWs9i3NJKeCNis"
    "GjQzz03r6377Lfho05giR70/fQimBvQ280pD6HM2HdMm3yK/sveuPOphpowRphKL8EhSUW"
    "HnxP3+JpaWrLezuIZ3jwE7BlwbJAcG5DJCyAPZmpqnEevW5YnPgWfcWen3ksgw2FqoBnEr"
    "0s/F5kevc2lRpmGLElv3pJ6eFhQWXUlExY12RDPX+Lrumsa+Ii+jMfyXNYkbA7vugA/Zky"
    "+aP3F7ijIgInInAiAicicPzWFdRw5faixoCBs8sS/Uvm7SIYwoN+Khijr9SPK+szpj1rOO"
    "3T5cc31OcYxw7h1X7AwMY6e0NtIU3XL10hZXG+ZvDRyOZtsg3TNPzGGfNCnmBmIqgcowC/"
    "OhTYiabTjTefzQQKrPG6UGBhd84ms6hy9dVL/5l+7Zdcv9WncI6M74M4LerR0GDRy5rmwq"
    "EP4ti12mI35mn7tB2lyRRyWQmG2PLImBQdyK97m0bO/EVzDNEyUlEHV8y0fS0o2TN9PIm2"
    "lEDJ5g1WVAA69+jIEIDOAtC5T+zlAzK/93HwLdXzArx5b+DNAn68DY8bw4+/BgjnXVTguo"
    "wXEM4CwrnXDK4N4VzppxAXYU1Wl7loOsDLfrnxwbVN7hz6p6E0Wrc9OKrqV/9kebnpQYc5"
    "1w7jVDHV2rFeQOVxoxE1wHj+01ERjGepuRq794huQA0dlGIFzQykqUS14Vz70gn4XxVpZA"
    "zQ27dvz9+xXOU1cVemB0X7HssTXjpP9NEu5Ad7hHhRWjGCbNEyuJ4jv83L6cYid1jkDovc"
    "YZE7LHKHXy96zz6OXLA95/qY/h0r412xe7qHvWb/34Dh0fjeMHw3oJnuGb41FbWa772B22"
    "DF/uxsk4etsGXGw2ENntNRlUxn3+W4DoqIpznr1nUJ2RkOCTOTcag1TkiE+2UiQxXgZDiB"
    "isDat8ye0+bD/POiPC4daidgu3wfpKhyMlAp2b6EEH/STN8bzQCzxJB3z4q/vL7+lLnCL6"
    "/yqUXfPl9+pCJgEqCDzMB+rQhfNPEpNDJ8U877xEYryvgztp/vHPhb14Efz8bRPSMr00mL"
    "RO4ydwT7mYucQyD7o10SpHrFHh66TQLWOi6TzQ/ynGV86NCIhRcOAMLwK3/pOpuHZfzpOv"
    "PEjCfk/cXt+4sPTOlbFPify/G2ywqRGsv8M52HI2lLExImEqY1jP1IPvrpdWUOLG8kbUYQ"
    "uZNqyblY5xc5w3cUc12n+uG1x/3INv69dYXLGN1IugFFc/FudVuWgGyUODHLoTiqXZolYC"
    "D1PJzXDLEAxiPHQBilJ4oAB3wHOXSYTq1/Gw61X/wExQE8kTIBfKMgQ1giWI4QxuTZdBZo"
    "sOCn1OTzokvzsI8HOIl/d03fJ3aCH2Ew3/wvm3UIrDBAps3AGTwqEipQ+nrB+wyQ5wTw5+"
    "xbH17VNzUPPdAVs763wYWqORvbjyYAZVfFHnmLvjMMjNFw+B3g0uG76EcDKsbwF/oNgiRk"
    "gt6w//OAG1PmlJXubYs8UnkzaA3skvNfGTw+fW8XQSwWDLP5cAhWsTSehXgWwYt48Ca2g2"
    "B1hrgUAJdhwwsxRptEZ280gtkod1K8ZOPpzIoEuBkEMsFTX76B3+A7axS82/kA0b8EDenM"
    "K8f2l9/Rm/9L//fL588DdEnM/6TiRuA9Og+YFfDAd4m9pR9mJpwAwi5rggmA8rZPBRQ7sL"
    "LxY4ZyUQgps3dsiHRxaT68Fof1fDyeTJTxcCLPpKmiSLNh7LkufrXNhX159TuozhkVW7i1"
    "hVtbuLWFW7u5Wzu6AwoLodrhlyLhve48BegauLcBMLKNk6l7aPqoN0wTzqdpesN6fjytkb"
    "LbyLudJuKc5wqBIw7UdT4CCo/Y2jQK4cQEvDM6ZQvx1vKCcoNYTZgeE/SG6XwwOjI/i7z+"
    "zXJwVQvAFFGO3wZQ1eD4wcpgFVkhETK2NJ7AX2OuBJ/sHDb4cP3t8tNH9PXm4/ur26sQWC"
    "dWjNiX2XDBzceLT3kJRPZ2UQS3K2xZ1Y0Y04SHq9kbNldaY+9AzTUf2JqTsSLH1iX8xzZ7"
    "8vbzxadPxfKcvAugkcmYo+2VoTDTIBpJ1770uqu8A39Og4skJuD8IpEVaO0wJUZN/JvsRb"
    "JtK0X3iFJ5jSjFpIvXUeh97OLuTCvOZqwuI+WZ26+sovPUuXr4uu5T5OiWMtmqepTW9UEn"
    "13lj0KIoJb+EO+TviTXsyHO3WSXyayiR5aksttB+fEeWFzqf88H1zld1mRbVQVlhd7Vv6f"
    "SQD9hkwZ6tOSTBoEHtFBI9Hv9iBsldnM3AshZYqkammQd8wnI1HDv4Fj8PgvwEopfnb8gS"
    "M2g1gDaThxO1JHHkIE+FfJG/kbUftRbx8CNr/bGMMjyCyyWdJILeYBtt1h5x/SBXhFqxQb"
    "aDTZ6iNz6H5Ip72yUsDxcZrrNKJ4UwkUTPhAVjmJb1az7rhE4MH3n0LZwnjz6TvpTnQxcR"
    "x7i3PQ3bNmRdkEfiPoczswwWjJ4JDtNtVnRieOmIkxA79OigFUHLja270Klk6Ww8yAWBp1"
    "COfKeM/M6SQ6JMD+ySOMcDvCTeW3RBheGaj0AOv+UdJJ6A84S+/mrNBAaZN86TXZ39UTjv"
    "6HPh/1IRvSTeUcwKCUfnkkFEwgeXCR+hsIpuuwp/QjB8m6eOn8up4KVjf5VRTS/pNrf0xd"
    "3HnP0l/GAH8YOJ4Oxhg7Mi8eNIccPKtoKVF2OKgudgVdDSLQzTSkrdqsauUfuw1QysLxrP"
    "M2vpUQ3A/RIkHPDB5i2x11MKux6TxWuHzVzg75b0goSkZXLBgRi8LbWAFUbPgsbcu+tzHa"
    "QZiBDdUdzywrFZudI7c2we39N2S3w/+MVbfW3RsEFtb5uXoqjlbwsJmCelosttqYtLmmjj"
    "4Jo4f4ee6LJc+vEcsYHiRd4tKDhyPHrYILaYmNOHfl7qizvqG93bOn6G1r3pfrrYAzcgoB"
    "2yEjKMig2Lg9a6rvMEnkGdvnS0R+7PBN6VwLvi49wVhUERL0VhkCgM6iXeVfzPfZ27e/a/"
    "hfdykcXV3VlTJHz0Z4XHtujPmrhCY6CSkbZ7M8K99Gd1Cf3NxvMClKEG2kee7HCmn9L8AC"
    "xtAHq/MQwww6X5eM7+PT+iVXgkO2XlXWJfW56VGSfRd9stkpW3UONhL0Pj2uj28y3S8GqN"
    "qXn7jirYEV7sCmaBaDBdCe7zgH7jk9XaikAIMPK0JdE3FimBuO1qVqG6C9X96OqaUN3PhO"
    "ouVPdtqvtxkVOPnSy+/7p9tySzplprjwl6rbMnLYFY7FFl+EhMYZRZZ1Rj95LQvejvkQLT"
    "5mTM0/amh23T5N0eHnrFG5CaXBvXJWEYqO7Zl6XiGrwYjGSwxwCcbDbXpkwXqmuV7bsY3s"
    "d+GbJmPQTjhPqQ6MUuNloAFytjFdwWw3Z4D92DFfuOj0vwHqqLw6Lx3CZgHK9+cVMGCFzt"
    "4wmHc8tIsJZ0A0KBY1mJgoeyOh4dM6vFwp6/oKxrcR/nSHtzHZ8xSEkc8z6Wxs4qU+8uaZ"
    "v8bCv9HGnPpK8K6Sdup6YNlQt0op9ySZ146LltWCuepeI5RY2XevGIZUUuN+/aufLuUrP1"
    "jM+1C5qza6xO5854w3fB5NNujVo4HBvn+qX7I3gefiAlWvBlSPnb324AG7685iZZ1Z+DiU"
    "6H63/tOdAYMaw81Jhi5/Zg4yo1sBZOPUQGw8peaqarxH2LvutE36wJ4PgzIPNANCwg6IWF"
    "wBeW+byxEfbQ9ca/0ssx6Lub+uXA459nLMwa7oDQn9CsNFWEI0U4UoQjM+NEOFKEI3cPRy"
    "ZnfhPHfJaK36aOLQOTo/Gsjid4PKt2BcN3uYoxyiOy0Mz1MmhVk+X1HflZVTaWozuJQPC2"
    "HfTx73fbI43xBvp0/eX3aHg+/FjGfPZjm6zzHNm+WH+8ld59sGmNXbxqlDmbUPQ3CN/Fwt"
    "9PiL1/sb81sfWwOKyhujeBgr35cDjiLxKomv/VENAhoWjF+4P5z2UFYt7SGEOxpDSVoyJ4"
    "8KVffUBvLs3/utLP20ih+8OJuK7jLppWT2Sp+E1D4OYOCBiWcnc043SK8OSYPZakGtymo6"
    "qbp8B3OdQSH7y4ZfUq1bAlKRJuY+RHC9dYBHtksbF9syR744U4eJa0N5HQV5mWxsLW4VZo"
    "G/XOkvdG3rnIt6SNIHNN1aV6N/UprQKWutJ+FZSQ92YVvMpd723UFfTEbZV2nKMVkuZZ0j"
    "qxzEfitpJ0nlZImmdJpyOMNVXgNInIWSqBOAvqUJsxNUsk2MpDy5BTZ6jIrTtMbl1cLL97"
    "Yl1cnt+vpVs37St9tXDbgqWnvG3WgSW8jzrg7tdkptNkbPbqrrNsRa7tPnJtj4ancgPQgW"
    "flSY7Bd4OXUhzdeNjLeCohVCFrBpKgnoRJidDiZOOiKOcVsBSDMp2gUEpRiE4/McjofIAs"
    "0/4BnTccBpkYTaQ+R5mNeY/WgR8tkFlEKuTR099EKmTES5EKKVIhS1Mh167zaOrEbZinkS"
    "PjNxmyNFcjc7Pt1IxDJE2KpEmRNNkuYYY+zi+1UrdBusYkPC/uuPVMAI0ijWYSYOqrraBR"
    "pOGwBufpqErWs+/yHSQ8v3FKWIaI3ySlM5aGB+DvmgTYULN26ZDdA+y6RCPQLrGF4pUj7Z"
    "Xmld4KTTWv/mpaRbXbWYPq7GxKhH/pOBbBdrnsM3Q5yauUcF/Cjj9phgk1HA5Zq5zxzhK+"
    "vL7+lBHu5VX+Av/2+fIj1a+YVJOWOSKsd5xYifA7d+t3PppTNHZLl/tF017r7a7RtLe8Nt"
    "p0gvi8BjuT6FGXZA27rklc9CYsyY4Hsr4urGabrjIEL1zSTLrz2YWPU/g4j69dCR+n8HEK"
    "H2efG8f02IcjgL336SCjrHhwyrC96xWypul5ZvhZOr5M/60pcKONx2orj3znVaxxrCPOZG"
    "h6oFTPwLlYiqETGTPISEUxotBJW//aHiCfqXq+aHoiZYg4F0dml6isYfF0WLNN1b6dm5Xe"
    "/Op4VX+8+elVn3jzWRMqjZXgzxgYOvt2PgcRSRr6X/8NvPlrd0fnPsJcj9g1gY2NQCsyRH"
    "zgVsDzTga3wvQW0Cv4seQA2+ohztAd0EMcabKHZf2ObuGC/7Lay5bLAu8AhbJuCjhvqm6V"
    "WzOzfI+A1dkbPu3VYcvgZMtctRHO7BYnbTykRu7qmrgePXyflg6ynAfo100Hs/z7XzZrRF"
    "/O9geIMsl33AF9SRdmwfrKtE2Ym35alpXazaTCFyt8sUdXE4UvNuKl8MUKX2ypL3bjEbep"
    "iZ6m4dcnC/a5zDxXBqQd8WOZn6KPFg7buT7hic1r7HlPDtXlltgrKRjd4h3ME/LM+JbO8b"
    "0ggMWM05bYfmh1wVRMIWAv+LlCivqEb/pWoxMtJuA6aXU2ZPUIcwM0hjGrStDmCjgTp7wc"
    "cSzJnfz0ie2FNnyz/PgMKdfCkMZDiHYoE9y+OKR7AegmthYrauE6FdU6LwcFc1McEuJW/d"
    "lcDvKYzAIJMGUasrqNodFGGt0HBj1zvUgukMblOhXkfAPfZvaFqoXxPxYJmUWfyNJMYZ/U"
    "rHc4dOzj9N3sIKjpGEK00ni2sxA6zMO2HO0HKTm7tvI9IeI++z3objqXYEvQ0wrzxHsDm9"
    "A53HIezEZdZQt03ELnghJlQLGJQiBQnjHH5xMqkpk+ljhoOMvWc0uk3RxtbywVBr06mSbO"
    "sGiLUKmMjMnuN0XfrBiGoMo2VVv41TRxn9aBrECJkDQdkvQefX0rYLWBekrmeIgVwYZXY9"
    "UU3F+U8xnIfWoQaJogTeZl2uR8pMEpbsgkWi2d6JSdlpWF6jv5uTbpytjFA5Wdok/7eUpg"
    "P4e36nCsZGVJd/scZDydwb9Hxms97+lUpP2BX6Tu1QoxlNAYye3q1DpJa2tJwCy2LA2WdT"
    "edYpYGCWOUsQZrT8Vd2Zp9W1FY04jnLR6JW+6Nq+6DUSDkWaWXlemELgZZGkKHo+AYGdfs"
    "Vd+16q6TNXb9VeNS4gIdx9XEEMic60w7x3UD1vutK064V2R549LiD5nJ+srxunXGhYW3Qy"
    "9uaPdAf7e+gPQrD46OHVP9LqJ5uJFEtwmRGrasHVn0nk5xQ7RQrT9BHrnsx+3IpQgE+KQ5"
    "BRjAHfHptMCSs859W3U2tr7oYO9dBVPBFjxRZgX2hL90Hd8vrQVpwq5PMNldONe+1Mdjcy"
    "yww1xC39jzPfoSmqmXBjQaMO5r6AK4gblvgqm5WXBnTCsBO36szAN7azcNZRs7V7issPIA"
    "vDxc2poiTSaAjwQB7b0y88T5mHYjzPQxhJ3Hk5ppGrW4uXYd+ptWDN3b3PVs/BpMxs2u7v"
    "ZQjFj1SFzTMDXGC8Gw7UqvH3OqmxV2k57yVbCtw9X2GpgHcFyHLmPsJZ9IF64NVnp3S+p6"
    "N3qjC+9Yx5hql/2TTrxI3FMl/P6M7ec7B/7uw7V3qKIQaaRAWi/ToTv08rGfvMgVfGYZ4M"
    "IqJfoiy/K44tNwXCazHwTqjIqewlio4QBGGH4HJuPmYZl8nHXRZpyM7y9u3198YBGQRUEm"
    "2fPdKTVCG6+DG6edAbqnFTCb62P6d6w0g0StLfXo5+blXSVpYHMbGbvhc1pKNwK/6ULCsS"
    "Nrh/5JR62/bSrjsh+clzc12cwHm4QMzso8qKjerBe5dkw1F0BMFT2j9jqIb43t5evRVVlV"
    "xZ66Sl8oZl94qaE1ito94lJN8hfP1Ali/jAUTvArwjYKQqXId34QG5keesSWqSPHtp7R09"
    "K0CDJ9LyKg35cVuHf/gJeL3f/MCNIlj86PoLjpPxqVwX/7dvWhQR38ZmPqb4FmP9sxhf/C"
    "ngR/pscAfwkKN4LQfzqoz366qIsXdfGiLl7UxTeri3eJQSdbLtg90LiEuJya31r5llXE3U"
    "MGsjxqj5DWOdgp2v5sw1dZNdw+RbfzzNwDRpuIDgCeqjGH0hhNiVJwX3MflpQ23HAhZCl7"
    "k4D7Krd7JCuqMnjNStWLlByX5La8SbsvTTfXTXgcjOYXAYAbBQWwjxYMBK8Je7NUJ8fmva"
    "DJ2I5vas2AkmIKfjmcQ6WSJzpk0c8nOC6smM/G6QwKZqFBTsUMQ4EW0eWoyKJ++Ub9cowD"
    "yDXtCKuZrZ8mOVxlxD4P//3m5yeBht1S82O80p6xt24yfnpdlTrPj9Xx69nWbjblzvfwq8"
    "FWvzsdtHA3NV3u1zZBa/oCyHCdFbjAnY3PnOOes3E1gt78cXWLHk3y5A3QH5+UAfrtj6ub"
    "c9aA62mJfWT6SDf1oqe9w3lrOdjZrDCaitX127jXBcqsQJkV3vTMOOFNF9703b3pydlcV5"
    "dPKE4QfbN7a59eef6mJJGjHgZdQn1Aw4nqJzawrLn9NFbBNhq2a3PUPezcE/2ZdDcwraPp"
    "UZenFT5Mfk6x4pUWSovYJbpjLTmHlELKXEuZct1dYfdHYyGnCXsj47MIuiMAjJHmQ6rBKF"
    "OAlZTGE/BOybMpAlttN/XmlJZIysJsuEaylP3RbV/lSWBAU5tlKznnSHtzGrxOORMow2ni"
    "EEpRcAvVc2CvULrk3yNwyDVxsKVIBEPzDA0dIg34maIQ7Myz0yX/SbRm/EyTCIbmGQpRD8"
    "t5aMDPFAW37AzQi4cQeoVGEAHi5UxlWHeSAhrwBIKuMpkPYzy8lPIMajPApM3hk7mqAq06"
    "bIKt2rWYvB/met1o2acouBaTbkyifLoQqlSRCOvUYYAI5DH07mCA06oGkXN1GjcLnhJoqU"
    "2HwEhpNGciNhrFzPcgJqqq+CX+0i3NC9JEXKc/pIUlTebQo1kmdF9MhgE6qTyK9hcVDYmS"
    "I6bGTI06nNfv/7FNSd1HJwMLPyw8Ql+iDECrcpflqDiGIjzaDUNc12nUzCMm4HcvdGJqdb"
    "WKC9kkdQAI/7HBLrZ9094VcenfkolODjJun4kiF8Q1teVZSZ5I+M1gW5oITsa8lCRSzQbR"
    "6JevFIxK9OHqWGs17vApBFv3ksQIm6oBh8PhJ8jd0XBYJ546HFYHVOG7LHfpE/3SDOt/vb"
    "3+UpE/lJDkfa2m5qP/QZbJE2BaF3c/MGP73Z+/5gdZ1ylM0PDu7/4y++v/A3haXsY="
)
