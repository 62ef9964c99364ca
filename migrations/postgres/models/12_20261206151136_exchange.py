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
        ALTER TABLE "exchange_message" ADD "records" INT NOT NULL DEFAULT 0;
        ALTER TABLE "exchange_message" ADD "done_at" TIMESTAMPTZ;
        ALTER TABLE "exchange_message" ADD "body" TEXT NOT NULL;
        ALTER TABLE "exchange_message" ADD "sent_at" TIMESTAMPTZ;
        ALTER TABLE "exchange_message" DROP COLUMN "kind";
        ALTER TABLE "exchange_message" DROP COLUMN "payload";
        COMMENT ON COLUMN exchange_message."records" IS '记录数';
COMMENT ON COLUMN exchange_message."done_at" IS '确认或应用时间';
COMMENT ON COLUMN exchange_message."body" IS '密文（确认或应用后清除）';
COMMENT ON COLUMN exchange_message."sent_at" IS '最近发送';
        CREATE INDEX IF NOT EXISTS "idx_exchange_me_directi_07f5f0" ON "exchange_message" ("direction", "peer", "status");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_exchange_me_directi_07f5f0";
        ALTER TABLE "exchange_message" ADD "kind" VARCHAR(32) NOT NULL;
        ALTER TABLE "exchange_message" ADD "payload" JSONB NOT NULL;
        ALTER TABLE "exchange_message" DROP COLUMN "records";
        ALTER TABLE "exchange_message" DROP COLUMN "done_at";
        ALTER TABLE "exchange_message" DROP COLUMN "body";
        ALTER TABLE "exchange_message" DROP COLUMN "sent_at";
        DROP TABLE IF EXISTS "exchange_record";
        DROP TABLE IF EXISTS "edge_item";
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
    "Ay/UR5tmibrFtBLfKhRWbpoXi8Jf8xvzqLLN9vFhlnK7puPkjFphYpTjykONVJwwFgwI4S"
    "TE4M4LktKmb48yEMvsJuCYJ2c1zM3+MpP4cznsZpUgKMWUzKK1mdn7H9fOfA346z8viK+2"
    "05EtjvWuTi1PGvdGFFET3+PopEB6x0XLZ+f5DnQB9OUKDjtR1+Vwhlh+P8JbWfH5bpqRfp"
    "HMrMefT+4vb9xQcWn1gU2P/X1uB8bt2XhOaLO6NGYL5kh74cn//DeaJfuQgOTJTMgJbYYz"
    "Fz6D+cwSx9c79RpBFDvRhBXEmbUGV+akz1EkTULieHZsYfH4n7HECpgu/rAZoYEyp4gr6H"
    "0y1CGX5nz1AJseMHsbg9NDyOn4ZZkP8Je/c2hPjpf3joexLv+44gBoa+x2shanz8jk0DmA"
    "DI3dhslEd/hxW8mhe/m2fS3Xtvv2FPxsjDBvGDLscWXp8P0Ma2iOdl34m+A7GMaIqomTL8"
    "Bvaypo0MupgQfqAbR2QdiKwDDlQSkXUgsg5E1sFLWQe5C6rpgigh79WqkHRjnHL9wb9Hxi"
    "QK6ckKQLnKKmQwpBWALHhZEg7sJKTH+QoqHid5RaTpGiqj79UiSi+fYDmkk14CVOBdjp+T"
    "XCzHLzHvvb5XcLBWu6CK3pU6ZaaRz+SARaa8ugBql5hGBvhfW9xXDbPmr2wVAuhQgHdWYp"
    "Wnvx5sM8nNYOBCi0bWSJOHschwnRVyNr5n6tQmXGJqYFI7EGxHcGcganESG05uMJRlRZbg"
    "tpxI1JRkyVrU5PQdFNaYe9BtBExL1TLtQtfgvT/w3mYrC9qfwGfwMOL+k0c5vlKJO0DUam"
    "dfUC4wI91ZZx8Bd/8EUhC0qXEezRK81IrAFIi+K7zwvR2/5Fv0N7JmNjIMBgtNxR6lcoJf"
    "hu1n9ERUtHYdDexuDdvIg6x+yPQPx6iu8+QRt6Zl/WfGzUT/ij4owtYWtrawtYWtfVxbW/"
    "3J7t5S3bc60T9Hxm+n+jNIc8Ug+QnDnFYmGFJsFI2lvNLTQTFGMvzbUGquhWyKzXhWJ8dm"
    "PKtOsoHv8qD4oAEsNHO9DJKJslK5o7d4xVGdJ+S9DiOtw1AJ0H/PhqM4eVnVwGyVZkpXXo"
    "yPf7/LbMtCYnK8NT9df/k9Gp7PVs4KK1apmmyfDBHvQpqMDXpYTrVJlPcKm6jNZpmMa+yV"
    "ybhyq8BXVcCGjeo1cmS9LgNI7xtpAnZAkJYsjSfD2NEzxFR4s+FQ2nkP7SW5HwypFtpIiq"
    "xfqkhqR71mv1vaIqxp7qVJRN7oizmNog96Ld9ZjT7oTdyY3XnZPmH1hqwd1z8r8bElXw62"
    "ediobBZuMq6Gf41S0APBd9xnFBAyf9NMo/fJHM8g+jTGoLFNp/g8cIuBE+nT1W0ZrsRuk9"
    "VxLGWRIoOHBDaq8DEJH5PwMQkfk/AxHdXHtDS98AZq6GUqEHZjKh/3EN4zfgTw7NH0zDa8"
    "TtPtyytR4HVTjx43nD5VcJSUbrYbPkf3LPfWRKOHfiNfW5qGXz91y1XdvUvNJay+qNXVna"
    "cVjaL4uZWLKlraUmos6AypkDPPcl5ib0F54JsaLsFP2YoJkSc9ICxE/ElvcSGO2YiNs+0k"
    "Glrxy9ct7mPRr2aP/WqO1W+Js6OhLn9rtluqU/FO71b6E3aseWfed5jnhNb0XnG2E4ZVxT"
    "Iibr4Uy4jHvRjLuLYJou9jPfsEEmMxRCPCMMQgqXKl6wz9cXWLfChT/QF5sSoJs3wJsh13"
    "hS3TIzp6xNaGFGMc+3pISezjz7MkkkP1jhXV+YIgh6hhFTEPEfMQMQ8R8+Ak5hGdzg1O3I"
    "RCQALmDT6N6gJNnL7ReOHwfdHhe4phDG5iREybW1DdrwmHM0Qnt4L3kjIfsMzerIhraiUG"
    "teXgimO3QJljuAGkvTWry1j84frb5aeP6OvNx/dXt1dhOm98d7Ivs67Nm48Xn3L8pj+zRM"
    "mpXtLR+JNbzfsIwBnEJbbW+NgoEJ4cs/dydCRss5wSfm85OgqU4uiocXQkXFuaZeAutRge"
    "kQqO1+C4YeGH8oPkZSTtiPaAZ0ngDGt4opwxBBxoc0EmgJIzGyrQQkGr2blk38DZwMam53"
    "ma5vSO8s5ZvCXDsNLm3pZcKCKCpaGTyP28Y8QqU7zQMx7XDVllVhdfdSXOg2nfLV3H9xmH"
    "i/GYzIDB1pgMDGVga/HYF+My/+469gNaY897gvbmCBaHzoBOAOMUa5qzsf0QcYV+oFkQWk"
    "VY111AIwHoU1kBD7QhQenIfDKiZ70+lqB1jjRktY9yCcbqQZ4K4Kvg0kQ4fhKd2t9gywIo"
    "VqL9oM+E5qgG4N6gJ/ZO7MneW/QVez4LCFnmCqBWlqYXP/8Jm743uLctSgCYLoZP/xKsLZ"
    "GxcSFARJltWhuX/Ioc9p8hIaGvDlMyoPYACoaYLvwnolL5cY6wCwEo/95e0rWDNmtE38W0"
    "2GtEPMH0NdDT0rEIQLjSXxFAsdKrSw9flUW0HBuxSrHq8FVckGauReBKBK5E4EoEro61Fk"
    "TgqjxwtW5iowSjeQ4FxDAjMpnDJa1M2N8pJ+1ewzu7JBmp8oZLk3AbKQQIUkOH9pKE6BGW"
    "S4BSMZdGc7DNiRHh2EI7ypri6DiuaFGFaxEytMXxV0LerzNQAdBgKijW5hX+HQikXFz1RN"
    "Tfs7B4MaqWA/r6gmnETRdHgbg3ZRJnTN5S+rSE+3IG7rWhpGUNIQCnfn0r4xjYJbz5QU4M"
    "vIQ39u6MXlIO+3swJ9NnokPd0A3RHFf/zXVs/yt+KPU2VYwcbO3lA8MW62jciy4nwJnTQA"
    "2cTWf0UpvPZVbeKgUpu9CNJuhVE/y4FIyurYOXIwDsNV0EmUUDtLY2gQvEIE/oiSC6YNxn"
    "5NhFp9MBnyv62wgXy9FVSuFiKdUXhIvldayFOi6W6HBv4mhJ0xwwGOxrq8V4GLafbiT75K"
    "aLovHSqF00vvsUq+CwXsDBXZRBNWxojowP2FB4bAvY0LR4JFVSwPJXpbjJ0GQ4T4stgkmO"
    "4Xl3B+PdC5Co7/jYohLzyk5ZgAHBVrlos4R5yQaUb8MZuDHTO8kv+vj+6vPFpzej8WCcq2"
    "iP5DEd5vfPMSvbT0+FLJjATcy1WvXEDXvmNKkm5ksc+ywm3tEWtjdnpZYv/Xywzc5dRSNe"
    "Bu60EbF9MAcDGxJ+pI1s/Gg+sFrmAWvhYgcNXAhyHYt47Loieglw546TCVtU2KJHtz+ELX"
    "ombFFhi26zRY9bWLmPIxeCVxOd9XeB8FRiuLSxPbsP+PtmmCVZl+MxAedZFmmmS9OhTpk+"
    "N1plWXRv8Jtas/4s0Xh+0+7hdpMNEhjpfKzsNfZLynm29JAKx3PN5MBDMlegedRuuUPj4b"
    "AGx+moSpaz73KAqJBg7rh6WZ+o6kB0hojnFCJ5MmclPbOauSddpweZ3oKaXOZjyYG9FTcx"
    "Q3dA0MTo+mx2jkyhHY0ijWc7O/U6RE9cY7cFwp+7I8DfwfJrpmSIITkOK+mb83CrfEveRc"
    "DFItsbJ15Ezo1T4Hldz1JmCe6AUactTUt3y5Cum4DUvQYJ7ApalypuAydWkeGfsf1858Df"
    "muv+xrG46TPOOsRBpu1srkG90lynF+psrIx3Xvbsxy5y/szop7uwNImefE0XYsBax2VS+U"
    "GeI5aHmyUWWPgVkIRfQXHZ5mEZf+qGTynNdqKfLwqc/2urd/aL45saOSvxz4bfDLZ5aO1k"
    "TB0fLbaI67OqM+ZTNYHEd1xWYEbtJuiIpMqZArMBClKkWRNTwhxaMsvaNeAbSTXmbJzM9p"
    "ceZfLORsb0PHLTBiVdlMO282QRnXIBOUFr8TLPL2eveG9jRFegbrLIJ0uPevZ8sgrakhOC"
    "iK0HNW7Q4By5G5tSIpdQGs20THZGItNDGihs9HnBk0yfDXkkric81sJjzYcTRXis4xNbeK"
    "yFx/qsxGP9gzK6iZspGs+5+1TRWEnFeKzy4TK1yCMpKXmp5nNMcEB/HtUXbWBSc24zE6Qt"
    "t7sHLznZqECQQzafzWs6lw4A+KU6+nOR1XdUdayo4wrHc+2nlkYzlsmn7p6ZF/W9r87Mi+"
    "+DT9dffo+G59P1skzXib5ZE2bbNVjlWSquY47SRFWh97qmwz09btUwbS/LPW1RtVCgSsj7"
    "VMeozMAcnal4+rp7rdOpHOuxZbOvDGmfpD8bEQzXPIac5iGL4c3B/fCaV4K38hYe+Kibr4"
    "QcaZ9WgqIADMHUIFDRPhxh9on0+lbCTsnG3eXDfg2hsW6IR/yboG3kWYn/tXTcYJs3NgLd"
    "gj4xxF+4KZqXvbMoHA5prYyeeRtjHC8o2bSzPlFwiU4JVEtIU2kGZ80Q0o2wpp4HdZ0e0T"
    "au6T9nyYpe14M9+t7G3g9vAMWn4CHVc5NSzrrOI4EB9DsHkMzoXIHbNerv6aIVfg7f0vTR"
    "G8fWyHlNJ+qfmXpl+m9/4wVQYMK1KlyrwrUqXKvCtXogjaDgWqW/zGuWKJlQcO6HUqTJBO"
    "xAA9x+k7kB6ZOEozy+4B4s5fzLIN0J9QF9VGti6+18r2NVBnOsXUZ2975XKO/UW52AWco+"
    "mUOSigF3bazMX58JlC1/WK0hgaSVLpSj7ZP8Az+lYoBz7DXLP9rB6nOzTNMCHd/ZpuntPi"
    "UqrnnwdpxNHZmPzdldQskzglpO3zgex08YpS53iAXJZfJ4UrcYRmDXHZ7pOyPalXdST58O"
    "J8nzdodJXW6XHK41mJ7cgAdkOecXZl2OF7QHrpqDfMU+NL44K3XHB18Ntnvgk0E1XO5r4n"
    "qOjSDKHMNJQKP0N2AjYlj3w6F0HnZSf1piSEy2LOfpl80a2YRAHw8n6EoBpCvkYYNYzyWI"
    "Fvt8Uh2/N+Ol8HQLT7fwdAtPt/B0H9XTvTS9UrOo2tOdUHCchga3Wfoyu/rQxsXaPTQAMI"
    "+KY+lAOLop1zOErZh/MLUxzXmIM+isucUEnGzKBE5jZVZ37+1ZIqfY9R2uvrk+CeBH+GAz"
    "ZUwpNkO9uE5CfcC4zsZmCnLzuI48HO+QU18n87U677WY5G26/hKgWktWOVz2FaneGaptFz"
    "1Pp440Ak1Pof8Hpw3LalNGu3drgXs6j4ehL+iiVYm70Mz1smxhV6fRl9HyfZrPCFbB/Dd0"
    "1koY+uJMwAUTYOQGPXJkaaZ0hIi7l7z7hOuMPU2O/BLSPcnroBbnvlGQKINIi+2Rp+N7a8"
    "jjqRopNf3bFAGvG2+IHJnYDPU2g9d2N3i92Q7SSIbmLkMyY8566Iql6nq0NWLU9MwGQQBg"
    "zvMuoY/3sea3EV8JKecCVCEnSdIkiGoNpSnU4xpq4PvvoejC1s9NDrcUCdeFjsoEXFlTY2"
    "rsAMUnSXVS+CSpOoUPviukkRHstc0jS5P2KZFIVhW2TVi47DUnEsFX/iI8+IoLYCtcYJH4"
    "gJiB8ScNFUAAklII3HLJgbmz3DsEEMwyddE8t7lyAn7Px5aK315SmiNt+RFbZptDsYy+Ty"
    "djWveTJcLiL9ACMFAm0vWI8phBVKf1xvF4CgrHHHelZfTtPPXxQ4n6Ut2bKRrPR1MmeF6L"
    "pkwBWIaiKjXRA7YIfC/tlSAa0z6KWqTuz3YOA2s7BFP7vjkbFA6X9CQq2ctNcEx36kh0gG"
    "hfoyVQRDDNWN3Ysnbk1ns6RdBLlx921dZMajGJ/MQrqpCtHdffkVcf6Uw3bKJT5ZXLVsKO"
    "bPqNJcJ9W5/2svKhMr4bRt3RqU6VTfTlu9l8n7B62ntv7Tr07Vc7sulrMAs/TNrX3UePKt"
    "80TI3xY0em3aTnOn3WATTPingefiiDMG/CuNuV9zmYiBv1u9tNCayix5dldsApenxZzyfE"
    "p73WFRA30uLLSguSbwdbqwuy4+oVGIQUCLqXIW+jLRH20PfvYaXCu429otf19++/hn0ssQ"
    "vgOb4XNr/0SEU1QSfTCtxxUTJw9DtJlAxEvBQlA6Jk4PV0ypSVKdVF57I05K9T5ommqKdZ"
    "vlufzD2kq7vOZt2E5zEB50yXxgD5NBsaeoyTSLRWpRjdIO038KbvqJKffHurZD/tZk5Hhk"
    "rdllaJ/t+wsVVCWGxvxciyJk6tJlex8VZtfYVOpDLTK/EvbbG7UoPqtLmiP2BDGGwpCu0h"
    "RLntER2ZdqquGkBG6a+nvwKKqzHSyRq7/gqGs2Jral5DffZcIiRoI8AgnCHdZDqUz0vssk"
    "M+uU7VdzKtgDwVVp2w6oRVJ6w6jqw6jzyS6qLkGtCbKfoD5gXajrvC1lnjVaDoUKMpD8cS"
    "IIUP2emA5TZ6cPc4nD3EQHXWpEWhLH8AqMkLFrhfXeSRI+PcAkzrcfJEA2vQqGt2H7p8w4"
    "2iSnVFERPwm5oM634OeAgS68UjyToJurFwLIKFTrX7Ng1zsrT9SXNMyyWoIm9hWfdQLSjq"
    "iEGAuF27pDRlb2X/ytJb07IHjc5oJ/wcaW+k3zRz4CTkXHDN1PS5FOg4x8lN3FbpO7im7t"
    "kxInHokWvG8CwR59xumt7VPco2pOg2xddO0XAMZX5gd2JRHWgOXJ6jE8wtMhfSrpuxNUUh"
    "GFpkaKyFNF2uRULB3hex3lN4x1k2N4bBTsEr9/Y62xJezWBgZ+/0GoDjflhRsSOPGxZocL"
    "aU63I3dUDWAtCPqno6Ym7tMqGesjejL9UCy48shg6Y/CEzGTcHxS5WRl2+FyyvWos7UsE6"
    "4D1fjQr2sK5z6moN/qZ0BsHglxhcVLC4av3wbxvsYts3baKHR3hJulBx0GBb4tA/kuGL5K"
    "Kp14wZRiPDdVbI2fieqRPkQ1sGzdlYOrIdH6kEeT5dY/oA/SBrP2jdELQqBrQWtKEPtuh/"
    "UOkRvayKYy/PKMkL+vPMczZusPLp8RVGjMlPn7g2tmAt/Ieo+hD5QQe+skV+kMgPEvlBW/"
    "OD4lO7bkp8QsFzRkT9g3cP2e8ZKI/4MqzL4ISCZwYzUNE5AYwvaRKhfiXOlPvNZAjIYAGQ"
    "5VyWx9En8kyjW3COZxpAQU3nTRDA9i6slL7SRGJZMp7F1nJfjMZ1+hfQUdVpWeNCD4M1fr"
    "YcXMLpahi0FMnhkdCOE3beC9JZFVrkthSsw8NDHinOvxfEYt8nq3UZoEylaZMmOVxMeMS1"
    "gZNewZ5jPbbMYMqQiiQWfvTTorHiPdvawt3YDbs8Z6lElO/ljs4hx7rwcdKpbjZ1QIk4Y3"
    "FdL2dudWVcnPQd0Jdvnz4dz8VJPPjdNjZdclbq3kwPGGx3beaH1vBqPhIXSjuJjjLkSa2h"
    "NFGU87coHhn4I5fYQ9j2nuhnyPSQDXUniOgm1C/iByqMMu/mXp9V6uWMUA/C+YRXU3g1hV"
    "dTeDWPtRaEV5NDLJs913jBncYfmk10Ida/5FIUwrwt5IyavtVoCccEPVrDu8ED7ccn6ToP"
    "Ll6Vc/7lKt0U+QFLFTVi+270Mk1kMVPmlP8yqdmPQVRIF1ivu9jwm3NelEhz2jjo0H5han"
    "OWwWdXR0Bigl53ggnq1OHkiRsGadBoTVJmahQonA+H8+iMCj6RDA1wHVRoxxUGE2VoPq/M"
    "g+bz8oi1M5Y7aiq0l8iLpznsfRqIPEXCh9DhsS2EPlOhi14ATzeba1NmynIqJpfag4bVsE"
    "lThogPUbXcn1Q/G7Gw/Txq4hW0++JRbA2wBkXXENE1ZG9sIqs1ICh2xapwulNll0f54BmY"
    "HVeL0Bm/G+duUzNesAlPiXf7jBlle4mUxIwKzUaqY0ZuYeiLMSNwXSrMjTmZw0UjSe8QRp"
    "oDG4ByADku/U+6KRAoQgTR6w0juGYfAPKSbrsB8kJUS8haz+JcUgp4o2Lw6BAPvbfv7bvs"
    "t2FjjiDJ3vQ9tCLY29AbDanP4UxYt0yb/Mr+i964s6kGWrBGGMovQWGJhQff07d4Wpra8t"
    "4O4hke/ARsWbAsEJzbEAkLYE9mqmqcR68bFie+RV+x52cey2BDoSrgmUQvC78Xmd69TaWG"
    "GUZsya9eUnp4WFAZNSUT1jXZUM/foms665q4iP7MR/IcViTsji86QH+mTP7o/QXuqIjAiQ"
    "iciMCJCBy/dQU1XLm9qDFg4OyyRP+SebsIhvCgnwrG6Cv148r6jGnPGk77dPnxDfU5xrFD"
    "eLUfMLCxzt5QW0jT9UtXSFmcrxl8NLJ5m2zDNA2/cca8kCeYmQgqxyjArw4FdqLpdOPNZz"
    "OBAmu8LhRY2J2zySyqXH310n+mX/sl12/1KZwj4/sgTot6NDRY9LKmuXDogzh2rbbYjXna"
    "Pm1HaTKFXFaCIbY8MiZFB/Lr3qaRM3/RHEO0jFTUwRUzbV8LSvZMH0+iLSVQsnmDFRWAzj"
    "06MgSgswB07hN7+YDM730cfEv1vABv3ht4s4Afb8PjxvDjrwHCeRcVuC7jBYSzgHDuNYNr"
    "QzhX+inERViT1WUumg7wsl9ufHBtkzuH/mkojdZtD46q+tU/WV5uetBhzrXDOFVMtXasF1"
    "B53GhEDTCe/3RUBONZaq7G7j2iG1BDB6VYQTMDaSpRbTjXvnQC/ldFGhkD9Pbt2/N3LFd5"
    "TdyV6UHRvsfyhJfOE320C/nBHiFelFaMIFu0DK7nyG/zcrqxyB0WucMid1jkDovc4deL3r"
    "OPIxdsz7k+pn/HynhX7J7uYa/Z/zdgeDS+NwzfDWime4ZvTUWt5ntv4DZYsT872+RhK2yZ"
    "8XBYg+d0VCXT2Xc5roMi4mnOunVdQnaGQ8LMZBxqjRMS4X6ZyFAFOBlOoCKw9i2z57T5MP"
    "+8KI9Lh9oJ2C7fBymqnAxUSrYvIcSfNNP3RjPALDHk3bPiL6+vP2Wu8MurfGrRt8+XH6kI"
    "mAToIDOwXyvCF018Co0M35TzPrHRijL+jO3nOwf+1nXgx7NxdM/IynTSIpG7zB3BfuYi5x"
    "DI/miXBKlesYeHbpOAtY7LZPODPGcZHzo0YuGFA4Aw/Mpfus7mYRl/us48MeMJeX9x+/7i"
    "A1P6FgX+53K87bJCpMYy/0zn4Uja0oSEiYRpDWM/ko9+el2ZA8sbSZsRRO6kWnIu1vlFzv"
    "AdxVzXqX547XE/so1/b13hMkY3km5A0Vy8W92WJSAbJU7MciiOapdmCRhIPQ/nNUMsgPHI"
    "MRBG6YkiwAHfQQ4dplPr34ZD7Rc/QXEAT6RMAN8oyBCWCJYjhDF5Np0FGiz4KTX5vOjSPO"
    "zjAU7i313T94md4EcYzDf/y2YdAisMkGkzcAaPioQKlL5e8D4D5DkB/Dn71odX9U3NQw90"
    "xazvbXChas7G9qMJQNlVsUfeou8MA2M0HH4HuHT4LvrRgIox/IV+gyAJmaA37P884MaUOW"
    "Wle9sij1TeDFoDu+T8VwaPT9/bRRCLBcNsPhyCVSyNZyGeRfAiHryJ7SBYnSEuBcBl2PBC"
    "jNEm0dkbjWA2yp0UL9l4OrMiAW4GgUzw1Jdv4Df4zhoF73Y+QPQvQUM688qx/eV39Ob/0v"
    "/98vnzAF0S8z+puBF4j84DZgU88F1ib+mHmQkngLDLmmACoLztUwHFDqxs/JihXBRCyuwd"
    "GyJdXJoPr8VhPR+PJxNlPJzIM2mqKNJsGHuui19tc2FfXv0OqnNGxRZubeHWFm5t4dZu7t"
    "aO7oDCQqh2+KVIeK87TwG6Bu5tAIxs42TqHpo+6g3ThPNpmt6wnh9Pa6TsNvJup4k457lC"
    "4IgDdZ2PgMIjtjaNQjgxAe+MTtlCvLW8oNwgVhOmxwS9YTofjI7MzyKvf7McXNUCMEWU47"
    "cBVDU4frAyWEVWSISMLY0n8NeYK8EnO4cNPlx/u/z0EX29+fj+6vYqBNaJFSP2ZTZccPPx"
    "4lNeApG9XRTB7QpbVnUjxjTh4Wr2hs2V1tg7UHPNB7bmZKzIsXUJ/7HNnrz9fPHpU7E8J+"
    "8CaGQy5mh7ZSjMNIhG0rUvve4q78Cf0+AiiQk4v0hkBVo7TIlRE/8me5Fs20rRPaJUXiNK"
    "MenidRR6H7u4O9OKsxmry0h55vYrq+g8da4evq77FDm6pUy2qh6ldX3QyXXeGLQoSskv4Q"
    "75e2INO/LcbVaJ/BpKZHkqiy20H9+R5YXO53xwvfNVXaZFdVBW2F3tWzo95AM2WbBnaw5J"
    "MGhQO4VEj8e/mEFyF2czsKwFlqqRaeYBn7BcDccOvsXPgyA/gejl+RuyxAxaDaDN5OFELU"
    "kcOchTIV/kb2TtR61FPPzIWn8sowyP4HJJJ4mgN9hGm7VHXD/IFaFWbJDtYJOn6I3PIbni"
    "3nYJy8NFhuus0kkhTCTRM2HBGKZl/ZrPOqETw0cefQvnyaPPpC/l+dBFxDHubU/Dtg1ZF+"
    "SRuM/hzCyDBaNngsN0mxWdGF464iTEDj06aEXQcmPrLnQqWTobD3JB4CmUI98pI7+z5JAo"
    "0wO7JM7xAC+J9xZdUGG45iOQw295B4kn4Dyhr79aM4FB5o3zZFdnfxTOO/pc+L9URC+Jdx"
    "SzQsLRuWQQkfDBZcJHKKyi267CnxAM3+ap4+dyKnjp2F9lVNNLus0tfXH3MWd/CT/YQfxg"
    "Ijh72OCsSPw4Utywsq1g5cWYouA5WBW0dAvDtJJSt6qxa9Q+bDUD64vG88xaelQDcL8ECQ"
    "d8sHlL7PWUwq7HZPHaYTMX+LslvSAhaZlccCAGb0stYIXRs6Ax9+76XAdpBiJEdxS3vHBs"
    "Vq70zhybx/e03RLfD37xVl9bNGxQ29vmpShq+dtCAuZJqehyW+rikibaOLgmzt+hJ7osl3"
    "48R2ygeJF3CwqOHI8eNogtJub0oZ+X+uKO+kb3to6foXVvup8u9sANCGiHrIQMo2LD4qC1"
    "rus8gWdQpy8d7ZH7M4F3JfCu+Dh3RWFQxEtRGCQKg3qJdxX/c1/n7p79b+G9XGRxdXfWFA"
    "kf/VnhsS36syau0BioZKTt3oxwL/1ZXUJ/s/G8AGWogfaRJzuc6ac0PwBLG4DebwwDzHBp"
    "Pp6zf8+PaBUeyU5ZeZfY15ZnZcZJ9N12i2TlLdR42MvQuDa6/XyLNLxaY2revqMKdoQXu4"
    "JZIBpMV4L7PKDf+GS1tiIQAow8bUn0jUVKIG67mlWo7kJ1P7q6JlT3M6G6C9V9m+p+XOTU"
    "YyeL779u3y3JrKnW2mOCXuvsSUsgFntUGT4SUxhl1hnV2L0kdC/6e6TAtDkZ87S96WHbNH"
    "m3h4de8QakJtfGdUkYBqp79mWpuAYvBiMZ7DEAJ5vNtSnThepaZfsuhvexX4asWQ/BOKE+"
    "JHqxi40WwMXKWAW3xbAd3kP3YMW+4+MSvIfq4rBoPLcJGMerX9yUAQJX+3jC4dwyEqwl3Y"
    "BQ4FhWouChrI5Hx8xqsbDnLyjrWtzHOdLeXMdnDFISx7yPpbGzytS7S9omP9tKP0faM+mr"
    "QvqJ26lpQ+UCneinXFInHnpuG9aKZ6l4TlHjpV48YlmRy827dq68u9RsPeNz7YLm7Bqr07"
    "kz3vBdMPm0W6MWDsfGuX7p/giehx9IiRZ8GVL+9rcbwIYvr7lJVvXnYKLT4fpfew40Rgwr"
    "DzWm2Lk92LhKDayFUw+RwbCyl5rpKnHfou860TdrAjj+DMg8EA0LCHphIfCFZT5vbIQ9dL"
    "3xr/RyDPrupn458PjnGQuzhjsg9Cc0K00V4UgRjhThyMw4EY4U4cjdw5HJmd/EMZ+l4rep"
    "Y8vA5Gg8q+MJHs+qXcHwXa5ijPKILDRzvQxa1WR5fUd+VpWN5ehOIhC8bQd9/Pvd9khjvI"
    "E+XX/5PRqeDz+WMZ/92CbrPEe2L9Yfb6V3H2xaYxevGmXOJhT9DcJ3sfD3E2LvX+xvTWw9"
    "LA5rqO5NoGBvPhyO+IsEquZ/NQR0SCha8f5g/nNZgZi3NMZQLClN5agIHnzpVx/Qm0vzv6"
    "708zZS6P5wIq7ruIum1RNZKn7TELi5AwKGpdwdzTidIjw5Zo8lqQa36ajq5inwXQ61xAcv"
    "blm9SjVsSYqE2xj50cI1FsEeWWxs3yzJ3nghDp4l7U0k9FWmpbGwdbgV2ka9s+S9kXcu8i"
    "1pI8hcU3Wp3k19SquApa60XwUl5L1ZBa9y13sbdQU9cVulHedohaR5lrROLPORuK0knacV"
    "kuZZ0ukIY00VOE0icpZKIM6COtRmTM0SCbby0DLk1BkqcusOk1sXF8vvnlgXl+f3a+nWTf"
    "tKXy3ctmDpKW+bdWAJ76MOuPs1mek0GZu9uussW5Fru49c26PhqdwAdOBZeZJj8N3gpRRH"
    "Nx72Mp5KCFXImoEkqCdhUiK0ONm4KMp5BSzFoEwnKJRSFKLTTwwyOh8gy7R/QOcNh0EmRh"
    "Opz1FmY96jdeBHC2QWkQp59PQ3kQoZ8VKkQopUyNJUyLXrPJo6cRvmaeTI+E2GLM3VyNxs"
    "OzXjEEmTImlSJE22S5ihj/NLrdRtkK4xCc+LO249E0CjSKOZBJj6aitoFGk4rMF5OqqS9e"
    "y7fAcJz2+cEpYh4jdJ6Yyl4QH4uyYBNtSsXTpk9wC7LtEItEtsoXjlSHuleaW3QlPNq7+a"
    "VlHtdtagOjubEuFfOo5FsF0u+wxdTvIqJdyXsONPmmFCDYdD1ipnvLOEL6+vP2WEe3mVv8"
    "C/fb78SPUrJtWkZY4I6x0nViL8zt36nY/mFI3d0uV+0bTXertrNO0tr402nSA+r8HOJHrU"
    "JVnDrmsSF70JS7LjgayvC6vZpqsMwQuXNJPufHbh4xQ+zuNrV8LHKXycwsfZ58YxPfbhCG"
    "DvfTrIKCsenDJs73qFrGl6nhl+lo4v039rCtxo47HayiPfeRVrHOuIMxmaHijVM3AulmLo"
    "RMYMMlJRjCh00ta/tgfIZ6qeL5qeSBkizsWR2SUqa1g8HdZsU7Vv52alN786XtUfb3561S"
    "fefNaESmMl+DMGhs6+nc9BRJKG/td/A2/+2t3RuY8w1yN2TWBjI9CKDBEfuBXwvJPBrTC9"
    "BfQKfiw5wLZ6iDN0B/QQR5rsYVm/o1u44L+s9rLlssA7QKGsmwLOm6pb5dbMLN8jYHX2hk"
    "97ddgyONkyV22EM7vFSRsPqZG7uiauRw/fp6WDLOcB+nXTwSz//pfNGtGXs/0BokzyHXdA"
    "X9KFWbC+Mm0T5qaflmWldjOp8MUKX+zR1UThi414KXyxwhdb6ovdeMRtaqKnafj1yYJ9Lj"
    "PPlQFpR/xY5qfoo4XDdq5PeGLzGnvek0N1uSX2SgpGt3gH84Q8M76lc3wvCGAx47Qlth9a"
    "XTAVUwjYC36ukKI+4Zu+1ehEiwm4TlqdDVk9wtwAjWHMqhK0uQLOxCkvRxxLcic/fWJ7oQ"
    "3fLD8+Q8q1MKTxEKIdygS3Lw7pXgC6ia3Filq4TkW1zstBwdwUh4S4VX82l4M8JrNAAkyZ"
    "hqxuY2i0kUb3gcHTd9fCRpiOIdQnjWc7BzI6zOe1HO0HKdkDW/meEHGfRR10yZxLgOpMVz"
    "3mifcGNqEDteU8mI26kxbouIVghcvYgKIFhUDANWPWzSdUJDN9LHHQuJSt55aIrTna3mi8"
    "DMJzMk2cKtEWoVIZGZOdN0rvtGGGxMk2VVsYzzRxn9aBrECpiTQdkvQefX0rYLWBujxmwC"
    "4ig7bh1Vg1BfcX5XwGcp8aBMD3pQnoh6oWZiWx/IxZ1KZeMWQSrRb6ec1azEOVJ4VuCPJz"
    "bdKVsYsnIztFn/bzlMB+Dm/V4VjJypLu9jnIeDqDf4+M13re06lI+wO/SN2rFWIooTGS29"
    "WpdZLW1pLAS3QWSAbL3ppOMUungzHKWIO1p+KOzoXerSisacTzFo/ELffqVPdTKBDyrNLL"
    "ynRCF4MsDaFTTnCMjGv2PO9addfJGrv+qnFJaoGO46pUCIjNdaad47qBz/3WpybcK7K8cY"
    "nqh8xkfeV43XrVwsLboacztA2gv1tfQBqPB0fHjiljF9E83Eii28Q6DVvWjix6T6e4IVqo"
    "1p8gj1z243bkUgQme9KcAizZjvh0WqC7Wee+rTobW190sPeugqlgC54oswJ7wl+6ju+X1h"
    "Q0YdcnmOwunGtf6uOxORbYYS6hb+z5Hn0JzdRLAxoNGPc1dAHcwNw3wdTcLLgzppWAHT9W"
    "5oG9tZuGso2dK1xWoHcAXh4u/UmRJhPA2YHA6F6ZeeJ8TLsRZvoYgv7jSc1wfy1url2H/q"
    "YVQ4k2dz0bvwaTcbOruz0UI1Y9Etc0TI3xQjBsu9Lrx5zqZoXdpKd8FWzrcLW9BuYBrNOh"
    "y+F6ySfShWuDlXDdkrrejd7owjvWw6XaLv+kEy8S91QJvz9j+/nOgb/7cO0dqrhAGimQHs"
    "p06A69fOwnL3KFg1kGuLBKib7IsjyuHDQcl8nsB4F6laKnMBZqOIARht+Bybh5WCYfZ120"
    "GSfj+4vb9xcfWARkUZBJ9nx3So3QxuvgxmlngO5pBczm+pj+HSvNoDVrSz36uXl5V0ka2N"
    "xGxm74nJbSjUBUupBw7MjaoQ/PUes4m8q47Afn5U1NNvPBJiGDszIPKnM360WurU/NBRBT"
    "Rc+ovQ7iW2N7GXR0VVZVQ6eu0heKohdeamiN4miPuFST/MUzdYKYPwyFE/yKsI2CUCnynR"
    "/ERqaHHrFl6sixrWf0tDQtgkzfiwjo92WF0t0/4OWi6T8zgnTJo/MjKJL5j0bl1N++XX1o"
    "UE+92Zj6W6DZz3ZM4YiwJ8Gf6TFARIICgCD0nw7qs58u6qtFfbWorxb11c3qq11i0MmWC3"
    "YPNC5FLafmt+a6ZTVq99BzLI/aI6R1DnaKtj/b8FVWn7ZP0e08M/eA0SaiAxCkasyhNEZT"
    "ohTc19zPI6UNN1wIWcreJOC+yu0eyYqqDF6zkuciZauLlDPZ7rvE2Vw34XEwmt9Kcm4UFM"
    "DQWTAwtSbszVKdHJv3gkpiO76pNQPciSn45XAO3Uie6JBFP5/guLBiPhunMyiYhQY5FTMM"
    "BVpEl6Mii/rlG/XLMQ4g17QjrGa2fprkcJUR+zz895ufnwQadkvNj3Eve8beusn46XVV6j"
    "w/VueoZ1u72ZQ738OvBlv97nTQwt3UdLlf2wSt6QuEHe1t5Gx85hz3nI2rEfTmj6tb9GiS"
    "J2+A/vikDNBvf1zdnLNGTk9L7CPTR7qpFz3tHc5by8HOZoXRVKyu38a9LtBKBVqp8KZnxg"
    "lvuvCm7+5NT87murp8QnGCKI7dW/v0yvM3JYkc9bDMEuoDGk5UP7GBZc3tp7EKttGwXbuc"
    "7uHLnujPpLuBaR1Nj7o8rfBh8nOKFa+0UFrELtEda8k5pBRS5lrKlOvuCrs/Ggs5TdgbGZ"
    "9F0B0BYIw0H1INRpkCbKc0noB3Sp5NEdhqu6k3p7REUhZmwzWSpeyPbvsqTwIDmqMsW8k5"
    "R9qb0+B1yplAGU4Th1CKgluongN7hdIl/x6BQ66Jgy1FIhiaZ2joEGnAzxSFYGeenS75T6"
    "I142eaRDA0z1CIeljOQwN+pii4ZWeAXjyE0Cs0FAgQL2cqw7qTFNCAJxB0lcl8GOPhpZRn"
    "UJsBJm0On8xVFWjVYRNs1a7F5P0w1+tGyz5FwbWYdGMS5dOFUKWKRFjHBwNEII+hBwQDnF"
    "Y1iJyr07jp7JRAa2Y6BEZKozkTsdEoZr4HMVFVxS/xl1b3AM4QcZ3+kBaWNJlDr1+Z0H0x"
    "GQbopPIo2l9UNCRKjpgaMzXqlF2/j8Q2JXUf3YAt/LDwCH2JMgCtyl2Wo+IYivBoNwxxXc"
    "dtsh9iAn73QiemVleruJBNUgeA8B8b7GLbN+1dEZf+LZno5CDj9pkockFcU1ueleSJhN8M"
    "tqWJ4GTMS0ki1WwQDWP5SsGoRB+ujrVW4w6fQrB1L0mMsKkacDgcfoLcHQ2HdeKpw2F1QB"
    "W+y3KXPtEvzbD+19vrLxX5QwlJ3tdqaj76H2SZPAGmdXH3AzO23/35a36QdZ3CBA3v/u4v"
    "s7/+P0111tI="
)
