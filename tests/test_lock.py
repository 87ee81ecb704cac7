"""The refresh lock, held by real processes: refused while held, free when the holder dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from scraper.errors import LockedError
from scraper.lock import RefreshLock, lock_path

HOLDER = textwrap.dedent(
    """
    import sys, time
    from scraper.lock import RefreshLock
    with RefreshLock(sys.argv[1]):
        print("held", flush=True)
        time.sleep(60)
    """
)


@pytest.fixture
def holder(tmp_path):
    """Another process holding the lock on tmp_path/kyoryoku.db until killed."""
    db = tmp_path / "kyoryoku.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=os.getcwd(),
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    yield db, proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=10)


def test_a_second_refresh_is_refused_naming_the_holder(holder):
    db, proc = holder
    with pytest.raises(LockedError) as info, RefreshLock(db):
        pass
    message = str(info.value)
    assert "another refresh is running" in message and f"pid {proc.pid}" in message
    assert str(db) in message


def test_sigkill_leaves_no_stale_lock(holder):
    db, proc = holder
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert lock_path(db).exists()  # the file stays; the kernel dropped the lock itself
    with RefreshLock(db) as lock:
        assert lock.held


def test_one_process_cannot_take_it_twice_and_release_frees_it(tmp_path):
    db = tmp_path / "data" / "kyoryoku.db"
    first = RefreshLock(db)
    first.acquire()
    with pytest.raises(LockedError, match=f"pid {os.getpid()}"), RefreshLock(db):
        pass
    first.release()
    with RefreshLock(db) as again:
        assert again.held
    assert lock_path(db) == tmp_path / "data" / "kyoryoku.db.lock"
