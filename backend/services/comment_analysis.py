"""Free-text comments of satisfaction surveys, analysed offline (意见建议分析).

Works without any LLM, on this machine: `jieba` cuts the comments into words for the themes
(what patients talk about most), and staff are found by their names as kept in 员工维护, each
mention read as praise (表扬) or complaint (投诉) from the words around it. An AI analysis may
replace this where a model is configured; this stays the path that always works, so its
signature (`analyse_offline`) is kept stable for callers.

The sentiment is a small lexicon of the words patients use on the phone (感谢, 耐心, 态度差,
推诿, ...), read clause by clause: a clause naming the staff member decides, a negation in
front of a praise word (不耐心, 不太热情) turns it into a complaint.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections import Counter
from functools import cache
from typing import Any

THEMES = 20
MIN_NAME_LENGTH = 2

PRAISE_WORDS = (
    "感谢",
    "谢谢",
    "表扬",
    "点赞",
    "耐心",
    "细心",
    "细致",
    "热情",
    "负责",
    "认真",
    "专业",
    "周到",
    "贴心",
    "和蔼",
    "温柔",
    "辛苦",
    "满意",
    "很好",
    "非常好",
    "技术好",
    "态度好",
    "医术高",
    "及时",
)
COMPLAINT_WORDS = (
    "投诉",
    "态度差",
    "态度不好",
    "差劲",
    "冷漠",
    "不耐烦",
    "不满意",
    "推诿",
    "粗暴",
    "敷衍",
    "凶",
    "骂",
    "吼",
    "没人管",
    "不理",
    "不管",
    "乱收费",
    "收红包",
    "太慢",
    "等太久",
    "不负责",
    "不专业",
    "失望",
    "糟糕",
    "生气",
    "很差",
    "太差",
)
NEGATIONS = ("不", "没", "没有", "不太", "不够", "不是很", "一点也不", "并不")
CLAUSE = re.compile(r"[。！？!?；;，,、\n]+")
# Words that say nothing about a theme: function words, and what every comment to a hospital says.
STOPWORDS = frozenset(
    [
        "的",
        "了",
        "是",
        "在",
        "我",
        "我们",
        "你",
        "你们",
        "他",
        "她",
        "它",
        "他们",
        "也",
        "都",
        "就",
        "还",
        "很",
        "非常",
        "比较",
        "特别",
        "有点",
        "这个",
        "那个",
        "这次",
        "一个",
        "没有",
        "不是",
        "就是",
        "还是",
        "但是",
        "可以",
        "觉得",
        "感觉",
        "希望",
        "建议",
        "一下",
        "有些",
        "一些",
        "什么",
        "怎么",
        "这样",
        "那样",
        "因为",
        "所以",
        "而且",
        "如果",
        "已经",
        "时候",
        "现在",
        "医院",
        "医生",
        "护士",
        "科室",
        "住院",
        "出院",
        "患者",
        "病人",
        "家属",
        "大夫",
        "没什么",
        "挺",
        "太",
        "吧",
        "啊",
        "呢",
        "吗",
        "哦",
        "嗯",
        "和",
        "与",
        "及",
        "或",
        "对",
        "给",
        "让",
        "被",
        "把",
        "从",
        "到",
        "向",
        "跟",
        "比",
        "等",
        "等等",
        "其他",
        "无",
        "暂无",
        "没意见",
        "好的",
        "还好",
    ]
)
WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,}$")


@cache
def _tokenizer() -> Any:
    """jieba's tokenizer, its dictionary loaded once per process (it ships with the package)."""
    # jieba 0.42.1 (its last release) compiles regular expressions with invalid escapes ("\\."),
    # which Python warns about when it first compiles the module: not ours to fix, not an error.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", SyntaxWarning)
        import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def _polarity(clause: str) -> int:
    """+n praise, -n complaint, 0 neither, for one clause."""
    score = 0
    masked = clause
    for word in sorted(COMPLAINT_WORDS, key=len, reverse=True):
        hits = masked.count(word)
        if hits:
            score -= hits
            masked = masked.replace(word, " ")
    for word in sorted(PRAISE_WORDS, key=len, reverse=True):
        start = masked.find(word)
        while start >= 0:
            before = masked[max(0, start - 4) : start]
            score += -1 if any(before.endswith(n) for n in NEGATIONS) else 1
            start = masked.find(word, start + len(word))
    return score


def _mentions(text: str, names: list[str]) -> list[str]:
    """The staff names the text mentions, longest first (张三丰 is not also 张三)."""
    found: list[str] = []
    rest = text
    for name in names:
        if name in rest:
            found.append(name)
            rest = rest.replace(name, " ")
    return found


def _verdict(text: str, name: str) -> int:
    """Praise (>0) or complaint (<0) about `name` in `text`: the clauses naming them decide, the
    whole comment when those say nothing."""
    clauses = [c for c in CLAUSE.split(text) if c.strip()]
    near = sum(_polarity(c) for c in clauses if name in c)
    return near if near else _polarity(text)


def analyse_offline(texts: list[str], staff_names: list[str]) -> dict[str, Any]:
    """Themes, praise and complaints of free-text comments, without any model.

    Returns ``{"themes": [{"word", "count"}], "praise": [{"staff", "text"}], "complaints":
    [{"staff", "text"}]}``: the `THEMES` most frequent words (occurrences over all texts, staff
    names left out), and each comment naming a staff member (a name of `staff_names`, matched
    as written) as praise or complaint of that person, in the order given.
    """
    names = sorted(
        {n.strip() for n in staff_names if isinstance(n, str) and len(n.strip()) >= MIN_NAME_LENGTH},
        key=lambda n: (-len(n), n),
    )
    tokenizer = _tokenizer() if texts else None
    counts: Counter[str] = Counter()
    praise: list[dict[str, str]] = []
    complaints: list[dict[str, str]] = []
    for raw in texts:
        if not isinstance(raw, str) or not raw.strip():
            continue
        text = raw.strip()
        mentioned = _mentions(text, names)
        for name in mentioned:
            verdict = _verdict(text, name)
            if verdict > 0:
                praise.append({"staff": name, "text": text})
            elif verdict < 0:
                complaints.append({"staff": name, "text": text})
        plain = text
        for name in mentioned:
            plain = plain.replace(name, " ")
        assert tokenizer is not None
        counts.update(w for w in tokenizer.lcut(plain) if WORD.match(w) and w not in STOPWORDS)
    themes = [{"word": word, "count": n} for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"themes": themes[:THEMES], "praise": praise, "complaints": complaints}
