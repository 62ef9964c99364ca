"""意见建议分析 offline: themes by jieba, praise and complaints naming staff as kept in 员工维护."""

from __future__ import annotations

from backend.services.comment_analysis import analyse_offline

STAFF = ["张三", "李四", "王五", "张三丰", "赵"]


def test_praise_and_complaints_name_the_staff_member_the_clause_is_about() -> None:
    result = analyse_offline(
        [
            "感谢张三医生耐心解答，护士李四态度很好",
            "李四护士态度差，打针很疼",
            "王五不耐心，问什么都不理",
            "张三丰主任医术高",
            "病房环境干净，饭菜一般",
            "",
        ],
        STAFF,
    )
    assert result["praise"] == [
        {"staff": "张三", "text": "感谢张三医生耐心解答，护士李四态度很好"},
        {"staff": "李四", "text": "感谢张三医生耐心解答，护士李四态度很好"},
        {"staff": "张三丰", "text": "张三丰主任医术高"},  # not also 张三
    ]
    assert result["complaints"] == [
        {"staff": "李四", "text": "李四护士态度差，打针很疼"},
        {"staff": "王五", "text": "王五不耐心，问什么都不理"},  # a negated praise word is a complaint
    ]


def test_themes_count_words_but_leave_out_names_function_words_and_one_character_names() -> None:
    result = analyse_offline(["病房环境干净", "病房有点吵，环境一般", "张三说病房很好"], STAFF)
    themes = {t["word"]: t["count"] for t in result["themes"]}
    assert themes["病房"] == 3 and themes["环境"] == 2
    assert "张三" not in themes and "有点" not in themes
    assert result["themes"][0] == {"word": "病房", "count": 3}
    assert analyse_offline([], STAFF) == {"themes": [], "praise": [], "complaints": []}
