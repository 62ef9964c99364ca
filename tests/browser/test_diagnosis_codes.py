"""诊断编码库 in Chromium: seeded, explained, and a hospital's own table imported from CSV and
Excel, with every bad row named and nothing imported twice."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from playwright.async_api import Page, expect

from tests.browser.conftest import Recorder, login
from tests.live import LiveServer


async def _import(tab: Page, file: Path) -> None:
    await tab.locator("button:has-text('导入编码')").click()
    dialog = tab.locator(".cxd-Modal", has_text="导入诊断编码")
    await dialog.locator("input[type=file]").set_input_files(file)
    await expect(dialog).to_contain_text(file.name)
    await dialog.locator("button:has-text('确认')").click()


async def test_code_library_is_seeded_and_imports_the_hospitals_table(
    page: tuple[Page, Recorder], live_server: LiveServer, artifacts_dir: Path, tmp_path: Path
) -> None:
    tab, _ = page
    await login(tab, live_server.base, "sysadmin")
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="基础字典").first.click()
    await tab.locator(".cxd-AsideNav-itemLabel", has_text="诊断编码库").first.click()
    await expect(tab.locator(".cxd-Alert")).to_contain_text("导入医院自己的编码表")
    await expect(tab.locator(".cxd-Crud")).to_contain_text("显示")
    total = await tab.locator(".cxd-Crud-statistics").inner_text()
    assert "显示0条" not in total.replace(" ", ""), total
    await tab.screenshot(path=artifacts_dir / "diagnosis_codes_seeded.png")

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "编码,名称,类别\nZZ99.901,医院自编诊断甲,西医诊断\n,缺编码的一行,\nZZ99.902,类别写错,外科\n", encoding="utf-8"
    )
    await _import(tab, bad)
    error = tab.locator(".cxd-Toast--error, .cxd-Modal .cxd-Alert--danger").first
    await expect(error).to_contain_text("第 3 行：编码为空")
    await expect(error).to_contain_text("第 4 行：类别「外科」")
    await tab.locator(".cxd-Modal button:has-text('取消')").click()

    good = tmp_path / "hospital.csv"
    good.write_text(
        "编码,名称,类别\nZZ99.901,医院自编诊断甲,西医诊断\nZZ99.902,医院自编诊断乙,\n", encoding="utf-8-sig"
    )
    await _import(tab, good)
    await expect(tab.locator(".cxd-Toast--success")).to_contain_text("新增 2 条，更新名称 0 条，未变 0 条")
    await _import(tab, good)  # the same file again: nothing new
    await expect(tab.locator(".cxd-Toast--success").last).to_contain_text("新增 0 条，更新名称 0 条，未变 2 条")

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["编码", "名称", "类别"])
    sheet.append(["ZZ99.901", "医院自编诊断甲（更名）", "西医诊断"])
    sheet.append(["ZYY001", "医院自编证候", "中医证候"])
    workbook = tmp_path / "hospital.xlsx"
    book.save(workbook)
    await _import(tab, workbook)
    await expect(tab.locator(".cxd-Toast--success").last).to_contain_text("新增 1 条，更新名称 1 条，未变 0 条")

    await tab.click("button:has-text('筛选')")
    await tab.locator(".cxd-Form--inline input[name=code]").fill("ZZ99.901")
    await tab.click("button:has-text('搜索')")
    await expect(tab.locator("tbody tr")).to_have_count(1)
    await expect(tab.locator("tbody tr").first).to_contain_text("医院自编诊断甲（更名）")
    await tab.screenshot(path=artifacts_dir / "diagnosis_codes_imported.png")
