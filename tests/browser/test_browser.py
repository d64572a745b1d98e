"""In Chromium: a citizen finds a listing and reads it with JavaScript off, and GraphiQL
comes up with no network but this service. Screenshots go to each test's tmp folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait
from served import Site


def loaded_from(driver: Any) -> list[str]:
    """Every URL the page loaded: the document and each resource."""
    entries = driver.execute_script(
        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
        ".map(e => e.name)"
    )
    return list(entries)


def field_for(driver: Any, label: str) -> Any:
    """The form control a visible label names (as a screen reader would find it)."""
    element = driver.find_element(By.XPATH, f"//label[normalize-space()='{label}']")
    assert element.is_displayed()
    return driver.find_element(By.ID, element.get_attribute("for"))


def test_a_citizen_searches_follows_a_result_and_reads_the_listing_without_javascript(
    browser: Any, site: Site, tmp_path: Path
) -> None:
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.get(f"{site.base}/public/listings")
        assert browser.title == "安全生产严重失信主体名单 - 安全生产信用信息公示"
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
        headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "table.listings thead th")]
        assert headers[:7] == ["企业名称", "统一社会信用代码", "列入事由", "列入日期", "移出日期", "决定机关", "决定文书号"]
        assert len(browser.find_elements(By.CSS_SELECTOR, "table.listings tbody tr")) == 3

        field_for(browser, "企业名称或统一社会信用代码").send_keys("鹏城")
        browser.find_element(By.XPATH, "//button[normalize-space()='查询']").click()
        WebDriverWait(browser, 10).until(ready.title_contains("查询结果"))
        rows = browser.find_elements(By.CSS_SELECTOR, "table.listings tbody tr")
        assert [row.find_element(By.TAG_NAME, "th").text for row in rows] == ["深圳市鹏城化工有限公司"]

        rows[0].find_element(By.LINK_TEXT, "深圳市鹏城化工有限公司").click()
        WebDriverWait(browser, 10).until(ready.title_contains("深圳市鹏城化工有限公司"))
        assert browser.current_url == f"{site.base}/public/listings/{site.world.ids['深圳市鹏城化工']}"
        facts = browser.find_element(By.CSS_SELECTOR, "dl.facts").text
        assert site.world.codes["深圳市鹏城化工"] in facts
        assert "应急管理部令第11号" in facts and "第六条第（一）项" in facts
        assert "1,200,000.00" in browser.find_element(By.TAG_NAME, "main").text
        assert "数据截至" in browser.find_element(By.TAG_NAME, "footer").text
        assert all(url.startswith(site.base) for url in loaded_from(browser)), loaded_from(browser)
        browser.save_screenshot(str(tmp_path / "listing.png"))
        assert (tmp_path / "listing.png").stat().st_size > 10_000
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_graphiql_comes_up_and_runs_a_query_with_no_network_but_this_service(
    browser: Any, site: Site, tmp_path: Path
) -> None:
    browser.get(f"{site.base}/graphql")
    wait = WebDriverWait(browser, 30)
    editor = wait.until(ready.visibility_of_element_located((By.CSS_SELECTOR, ".graphiql-query-editor .CodeMirror")))
    assert editor.is_displayed() and "正在加载" not in browser.find_element(By.ID, "graphiql").text
    browser.find_element(By.CSS_SELECTOR, ".graphiql-execute-button").click()
    wait.until(ready.text_to_be_present_in_element((By.CSS_SELECTOR, ".graphiql-response"), "Query"))
    assert all(url.startswith(site.base) for url in loaded_from(browser)), loaded_from(browser)
    browser.save_screenshot(str(tmp_path / "graphiql.png"))
    assert (tmp_path / "graphiql.png").stat().st_size > 10_000
