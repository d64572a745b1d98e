"""A real Chromium (Debian's chromium + chromium-driver, through Selenium) against a real
uvicorn serving the app on 127.0.0.1: one browser and one server for the session.

Under CI=true a missing Chromium fails the run (as a missing PostgreSQL does); elsewhere
these tests skip. Every host but 127.0.0.1 is unresolvable for the browser, so a page
that needs the internet fails here as it would on a closed government network.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from public_world import World, public_world
from served import Site

from credit.store.db import database

# the flags that work on these machines (no sandbox as root, no background connections
# that the closed network refuses), and a fresh profile per session
CHROMIUM_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--window-size=1280,900",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
)


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def chromium_paths() -> tuple[str, str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if browser and driver:
        return browser, driver
    message = "Chromium and ChromeDriver are needed for the browser tests (apt-get install chromium chromium-driver)"
    if _in_ci():
        pytest.fail(f"{message}; .ci/run installs them", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser(chromium_paths: tuple[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = chromium_paths
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    # a Service with the driver's path: Selenium Manager (which downloads drivers) never runs
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _seed(url: str) -> World:
    async with database(url):
        return await public_world()


@pytest.fixture(scope="session")
def site(chromium_paths: tuple[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """``credit``'s app under uvicorn (development mode: GraphiQL on) on a seeded SQLite file."""
    folder = tmp_path_factory.mktemp("site")
    url = f"sqlite://{folder / 'public.sqlite3'}"
    world = asyncio.run(_seed(url))  # between tests no event loop runs in this thread
    port = _free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CREDIT_")}
    environment.update(CREDIT_DATABASE_URL=url, CREDIT_DEV="true", CREDIT_PUSH_ENABLED="false",
                       CREDIT_RECEIPT_KEY_DIR=str(folder / "keys"))
    log = (folder / "server.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "credit.api.app:create_app", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"],
        cwd=folder, env=environment, stdout=log, stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if server.poll() is not None:
                pytest.fail(f"the server exited: {Path(log.name).read_text()[-2000:]}")
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("the server did not start within 60 s")
            time.sleep(0.2)
        yield Site(base, world)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
