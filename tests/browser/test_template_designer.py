"""随访模板管理 → 新增 / 编辑 in Chromium: a template of each program is designed with pickers and
rows (no JSON), previewed, saved, edited and saved again; its tasks follow what was designed.

On main the template form was two JSON text boxes whose text the server refused (至少需要一个
随访时间点 / 筛选条件必须是 JSON 对象), and the assignee list offered every staff member,
administrators included."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from playwright.async_api import Locator, Page, expect

from tests.browser.conftest import Recorder, login
from tests.browser.test_followup_ui import _api
from tests.live import LiveServer

TEMPLATES = "/admin/FollowUpApp/TemplateAdmin"
TASKS = "/admin/FollowUpApp/TaskAdmin"
CODES = "/admin/DictionaryApp/DiagnosisCodeAdmin"
# A few entries of 诊断编码库, whatever else the library holds (the demo may start it empty).
LIBRARY = [
    {"kind": "western", "code": "S72", "name": "股骨骨折", "pinyin": "GGGZ", "is_active": True},
    {"kind": "western", "code": "M51", "name": "其他椎间盘疾患", "pinyin": "QTZJPJH", "is_active": True},
    {"kind": "tcm_disease", "code": "BNV090", "name": "骨折病", "pinyin": "GZB", "is_active": True},
    {"kind": "tcm_disease", "code": "BNS150", "name": "腰痛病", "pinyin": "YTB", "is_active": True},
]


async def _seed_library(tab: Page, base: str) -> None:
    await login(tab, base, "sysadmin")
    for entry in LIBRARY:
        found = await _api(tab, "POST", f"{CODES}/list", {"kind": entry["kind"], "code": entry["code"]})
        if not found["data"]["items"]:
            created = await _api(tab, "POST", f"{CODES}/item", entry)
            assert created.get("status") == 0, created
        elif found["data"]["items"][0].get("pinyin") != entry["pinyin"]:  # seeded without initials
            row = found["data"]["items"][0]["id"]
            updated = await _api(tab, "PUT", f"{CODES}/item/{row}", {"pinyin": entry["pinyin"]})
            assert updated.get("status") == 0, updated
    await tab.context.clear_cookies()


async def _open_designer(tab: Page, *, row: str | None = None) -> Locator:
    if "TemplateAdmin" not in tab.url:
        await tab.locator(".cxd-AsideNav-itemLabel", has_text="随访中心").first.click()
        await tab.locator(".cxd-AsideNav-itemLabel", has_text="随访模板管理").first.click()
    await expect(tab.locator(".cxd-Table-table tbody tr").first).to_be_visible()
    if row is None:
        await tab.click("button:has-text('新增')")
    else:
        line = tab.locator(".cxd-Table-table tbody tr", has=tab.get_by_text(row, exact=True))
        await line.get_by_role("button", name="编辑").click()
    drawer = tab.locator(".cxd-Drawer")
    await expect(drawer.locator(".template-sentence")).to_contain_text("出院后第", timeout=15_000)
    return drawer


def _field(tab: Page, drawer: Locator, label: str) -> Locator:
    return drawer.locator(".cxd-Form-item").filter(has=tab.locator(".cxd-Form-label").get_by_text(label, exact=True))


async def _close_menu(tab: Page) -> None:
    """A multiple select stays open after a pick: click beside it, as a person would."""
    overlay = tab.locator(".cxd-PopOver-overlay")
    if await overlay.count():
        await overlay.first.click(position={"x": 2, "y": 2})
    await expect(tab.locator(".cxd-Select-menu")).to_have_count(0)


async def _open_menu(tab: Page, field: Locator) -> None:
    """Open a select's menu once its options have loaded (a select shown by an earlier choice
    loads them first: a click while it loads opens nothing, which a loaded machine shows)."""
    select = field.locator(".cxd-Select").first
    await expect(select).to_be_visible()
    await expect(field.locator(".cxd-Spinner, .cxd-Select.is-disabled")).to_have_count(0, timeout=15_000)
    menu = tab.locator(".cxd-Select-menu")
    for _ in range(3):  # a person clicks again when the first click is lost to a re-render
        await select.click()
        try:
            await expect(menu).to_be_visible(timeout=5_000)
            return
        except AssertionError:
            continue
    await expect(menu).to_be_visible()


async def _choose(tab: Page, drawer: Locator, label: str, option: str, *, typed: str | None = None) -> None:
    """Pick `option` in the select labelled `label` (typing `typed` first for a searched list)."""
    field = _field(tab, drawer, label)
    await _open_menu(tab, field)
    if typed is not None:
        # the answer to this term (reopening a picker may ask again for the last one)
        async with tab.expect_response(lambda r: "/designer/diagnoses" in r.url and f"term={typed}" in r.url):
            search = tab.locator(".cxd-Select-menu .cxd-Select-input input")
            await search.fill("")
            await search.press_sequentially(typed)  # typed as a person types, key by key
    await tab.locator(".cxd-Select-menu .cxd-Select-option", has_text=option).first.click()
    await _close_menu(tab)


async def _options(tab: Page, drawer: Locator, label: str) -> list[str]:
    await _open_menu(tab, _field(tab, drawer, label))
    options = tab.locator(".cxd-Select-menu .cxd-Select-option")
    await expect(options.first).to_be_visible()
    shown = [t.strip() for t in await options.all_inner_texts()]
    await _close_menu(tab)
    return shown


async def _save(tab: Page, drawer: Locator) -> dict[str, Any]:
    saving = re.compile(rf"{TEMPLATES}/designer(/\d+)?$")
    async with tab.expect_response(lambda r: bool(saving.search(r.url)) and r.request.method == "POST") as info:
        await drawer.locator("button:has-text('保存模板')").click()
    saved = await (await info.value).json()
    assert saved.get("status") == 0 and saved["msg"].startswith("已保存随访模板"), saved
    await expect(drawer).to_have_count(0)
    return saved


async def _stored(tab: Page, template_id: int) -> dict[str, Any]:
    return (await _api(tab, "GET", f"{TEMPLATES}/designer/{template_id}"))["data"]


async def _generate(tab: Page, name: str) -> None:
    line = tab.locator(".cxd-Table-table tbody tr", has=tab.get_by_text(name, exact=True))
    await line.get_by_role("button", name="立即生成任务").click()
    async with tab.expect_response(lambda r: "/action/generate/" in r.url) as info:
        await tab.locator(".cxd-Modal button:has-text('确认')").click()
    assert (await (await info.value).json())["status"] == 0
    await expect(tab.locator(".cxd-Toast", has_text="新生成随访任务").first).to_be_visible()


async def _tasks(tab: Page, template_id: int) -> list[dict[str, Any]]:
    rows = await _api(tab, "POST", f"{TASKS}/list?perPage=500", {"template_id": template_id})
    return rows["data"]["items"]


async def test_centre_template_designed_edited_and_its_tasks_follow_the_design(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path
) -> None:
    tab, _ = page
    await _seed_library(tab, live_server.base)
    await login(tab, live_server.base, "kefu01")
    drawer = await _open_designer(tab)
    await drawer.locator("input[name=name]").fill("骨伤科骨折腰痛出院随访")
    await _choose(tab, drawer, "问卷", "骨伤科出院随访问卷")
    await _choose(tab, drawer, "科室", "骨伤科（0201）")
    # 诊断编码库 searched by pinyin initials and by code (an ICD code offers the typed prefix too)
    await _choose(tab, drawer, "西医诊断（ICD-10 前缀）", "S72 股骨骨折", typed="GGGZ")
    await _choose(tab, drawer, "西医诊断（ICD-10 前缀）", "M51 其他椎间盘疾患", typed="M5")
    await _choose(tab, drawer, "中医病名 / 证候", "骨折病", typed="BNV090")
    await _choose(tab, drawer, "中医病名 / 证候", "腰痛病", typed="YTB")
    await drawer.locator("input[name='match_rules.age_min']").fill("18")

    # Schedule rows: the first is there (D+7 within 7 days); a second at one calendar month by SMS.
    await drawer.locator("button:has-text('添加随访时间点')").click()
    second = drawer.locator(".cxd-Combo-item").nth(1)
    await second.locator("input[name=offset]").fill("1")
    await second.locator(".cxd-Select", has_text="天").click()
    await tab.locator(".cxd-Select-option", has_text="个月").click()
    await second.locator(".cxd-Select", has_text="同模板随访方式").click()
    await tab.locator(".cxd-Select-option", has_text="短信").first.click()
    await second.locator("input[name=label]").fill("出院1个月")
    sentence = drawer.locator(".template-sentence")
    await expect(sentence).to_have_text(
        "随访计划：出院后第 7 天起 7 天内电话随访；出院后第 1 个月起 7 天内短信随访（出院1个月）。"
    )

    # Only staff who may work this program and see 骨伤科 are offered: no administrator,
    # no doctor of another department.
    offered = await _options(tab, drawer, "随访人员")
    assert any(o.startswith("王丽") for o in offered) and any(o.startswith("赵磊") for o in offered), offered
    for absent in ("周建国", "吴秀兰", "郑海燕", "张伟", "刘洋", "陈静"):
        assert not any(o.startswith(absent) for o in offered), (absent, offered)
    await _choose(tab, drawer, "随访人员", "王丽")
    await _choose(tab, drawer, "随访人员", "李娜")
    # below the seeded general plan (0), whose D+7 call takes this plan's first step
    await drawer.locator("input[name=priority]").fill("-1")
    await drawer.locator("input[name=priority]").press("Tab")
    merge = drawer.locator(".cxd-Checkbox", has_text="合并到同一次随访")
    await merge.click()
    await expect(merge.locator("input")).to_be_checked()

    rules = {
        "departments": ["0201"],
        "icd_prefixes": ["S72", "M51"],
        "tcm_diseases": ["骨折病", "腰痛病"],
        "age_min": 18,
    }
    expected = await _api(tab, "POST", "/api/v1/followup/templates/preview", rules)
    assert expected["stays"] > 0, expected
    # 匹配预览 counts what is being chosen, as it is chosen
    shown = drawer.locator(".template-preview")
    await expect(shown).to_contain_text(expected["message"])
    await expect(shown).to_contain_text("人次与更高优先级模板的随访同期，将合并到同一次随访")
    await drawer.evaluate("d => d.querySelector('.cxd-Drawer-body').scrollTop = 380")
    await tab.screenshot(path=artifacts_dir / "template_designer.png")
    created = await _save(tab, drawer)

    stored = await _stored(tab, created["data"]["id"])
    template_id = stored["id"]
    row = await _api(tab, "GET", f"{TEMPLATES}/item/{template_id}")
    assert row["data"]["match_rules"] == rules
    assert [s["offset"] for s in stored["steps"]] == [7, 1]

    # Edit: the designer opens with what was saved; add a space to the name, widen the first window.
    drawer = await _open_designer(tab, row="骨伤科骨折腰痛出院随访")
    await expect(drawer.locator("input[name=name]")).to_have_value("骨伤科骨折腰痛出院随访")
    await expect(drawer.locator(".cxd-Combo-item")).to_have_count(2)
    await expect(_field(tab, drawer, "西医诊断（ICD-10 前缀）")).to_contain_text("S72 股骨骨折")
    await drawer.locator("input[name=name]").press("End")
    await drawer.locator("input[name=name]").press_sequentially(" ")
    await drawer.locator(".cxd-Combo-item").first.locator("input[name=window_days]").fill("10")
    await expect(drawer.locator(".template-sentence")).to_contain_text("出院后第 7 天起 10 天内电话随访")
    await _save(tab, drawer)
    row = await _api(tab, "GET", f"{TEMPLATES}/item/{template_id}")
    assert row["data"]["name"] == "骨伤科骨折腰痛出院随访"
    assert row["data"]["schedule"] == "出院后第 7 天起 10 天内电话随访；出院后第 1 个月起 7 天内短信随访（出院1个月）。"
    await expect(tab.locator("td", has_text="出院后第 7 天起 10 天内电话随访")).to_be_visible()

    await _generate(tab, "骨伤科骨折腰痛出院随访")
    tasks = await _tasks(tab, template_id)
    assert tasks, "the template made no task"
    for task in tasks:
        assert task["department__name"] == "骨伤科"
        start, end = date.fromisoformat(task["due_start"]), date.fromisoformat(task["due_end"])
        if task["step"] == 2:
            assert (end - start).days == 7 and task["channel"] == "sms"
        else:
            assert (end - start).days == 10 and task["channel"] == "phone"
        # one call per patient per window: where the general plan calls, this step is merged into it
        assert (task["status"], task["cancel_reason"]) in (("assigned", None), ("cancelled", "merged")), task
        assert task["status"] == "cancelled" or task["assignee__name"] in ("王丽", "李娜"), task
    merged = [t for t in tasks if t["cancel_reason"] == "merged"]
    assert len(merged) > 0
    await tab.goto(tab.url.split("#")[0] + f"#{TASKS}?template_id={template_id}&status=cancelled")
    await expect(tab.locator("td", has_text="已合并到同期更高优先级的随访")).to_have_count(len(merged))
    # the general plan's call in that window asks this plan's questionnaire too (appended)
    step = merged[0]
    open_rows = (await _api(tab, "POST", f"{TASKS}/list?perPage=500", {"status": "assigned"}))["data"]["items"]
    host = next(
        r
        for r in open_rows
        if r["patient__name"] == step["patient__name"] and r["due_start"] <= step["due_start"] <= r["due_end"]
    )
    detail = await _api(tab, "GET", f"/api/v1/tasks/{host['id']}")
    assert [m["task_id"] for m in detail["merged"]] == [step["id"]], detail["merged"]
    form = await _api(tab, "GET", f"{TASKS}/form/{host['id']}")
    assert "合并随访：骨伤科骨折腰痛出院随访 · 骨伤科出院随访问卷" in str(form["data"])


async def test_satisfaction_template_offers_only_survey_staff_and_its_tasks_go_to_them(
    page: tuple[Page, Recorder], live_server: LiveServer
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "xingfeng01")
    drawer = await _open_designer(tab)
    await drawer.locator("input[name=name]").fill("骨伤科出院满意度调查")
    await _choose(tab, drawer, "项目", "满意度调查")
    await _choose(tab, drawer, "问卷", "出院患者满意度调查")
    await _choose(tab, drawer, "随访方式", "H5 问卷链接")
    await _choose(tab, drawer, "科室", "骨伤科（0201）")
    row = drawer.locator(".cxd-Combo-item").first
    await row.locator("input[name=offset]").fill("3")
    await row.locator("input[name=window_days]").fill("5")
    await expect(drawer.locator(".template-sentence")).to_have_text("随访计划：出院后第 3 天起 5 天内H5 问卷链接随访。")
    offered = await _options(tab, drawer, "随访人员")
    assert [o.split("（")[0] for o in offered] == ["陈静"], offered  # 随访中心 agents may not run surveys
    await _choose(tab, drawer, "随访人员", "陈静")
    template_id = (await _save(tab, drawer))["data"]["id"]

    drawer = await _open_designer(tab, row="骨伤科出院满意度调查")
    await expect(drawer.locator("input[name=name]")).to_have_value("骨伤科出院满意度调查")
    await drawer.locator(".cxd-Combo-item").first.locator("input[name=window_days]").fill("6")
    await _save(tab, drawer)
    assert (await _stored(tab, template_id))["steps"][0]["window_days"] == 6

    await _generate(tab, "骨伤科出院满意度调查")
    tasks = await _tasks(tab, template_id)
    assert tasks
    assert {t["assignee__name"] for t in tasks} == {"陈静"}
    for task in tasks:
        assert task["channel"] == "h5"
        assert task["department__name"] == "骨伤科"
        start, end = date.fromisoformat(task["due_start"]), date.fromisoformat(task["due_end"])
        assert (end - start).days == 6


async def test_department_template_assigns_by_department_and_keeps_an_edit(
    page: tuple[Page, Recorder], live_server: LiveServer
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "kefu01")
    drawer = await _open_designer(tab)
    await drawer.locator("input[name=name]").fill("骨伤科术后护理随访")
    await _choose(tab, drawer, "项目", "科室随访")
    await _choose(tab, drawer, "所属科室", "骨伤科")
    await _choose(tab, drawer, "问卷", "骨伤科出院随访问卷")
    await _choose(tab, drawer, "科室", "骨伤科（0201）")
    await _choose(tab, drawer, "分配方式", "按科室分配")
    await expect(drawer.locator(".cxd-Form-item", has_text="随访人员")).to_have_count(0)
    row = drawer.locator(".cxd-Combo-item").first
    await row.locator("input[name=offset]").fill("14")
    await row.locator("input[name=label]").fill("术后两周")
    await expect(drawer.locator(".template-sentence")).to_have_text(
        "随访计划：出院后第 14 天起 7 天内电话随访（术后两周）。"
    )
    template_id = (await _save(tab, drawer))["data"]["id"]

    drawer = await _open_designer(tab, row="骨伤科术后护理随访")
    await expect(drawer.locator("input[name=priority]")).to_have_value("0")
    await drawer.locator("input[name='match_rules.los_min']").fill("1")
    await _save(tab, drawer)
    stored = await _stored(tab, template_id)
    assert stored["program"] == "department" and stored["match_rules"]["los_min"] == 1

    await _generate(tab, "骨伤科术后护理随访")
    tasks = await _tasks(tab, template_id)
    assert tasks
    own = await _api(tab, "GET", f"{TEMPLATES}/designer/assignees?program=department&departments=0201")
    department_staff = {o["label"].split("（")[0] for o in own["data"]["options"] if "骨伤科" in o["label"]}
    assert department_staff
    for task in tasks:
        assert task["department__name"] == "骨伤科" and task["assignee__name"] in department_staff, task
        start, end = date.fromisoformat(task["due_start"]), date.fromisoformat(task["due_end"])
        assert (end - start).days == 7 and end >= date.today()
