"""The refresh lock: one refresh per database at a time, and no stale lock after a crash.

An exclusive, non-blocking `flock` on `<db>.lock`. The kernel drops the lock when the holder's
file descriptor closes, which includes the process dying by SIGKILL or a power cut, so there is
never a stale lock to clean up by hand. The file also records who holds it (pid, start time,
host), only so that the refused second run can say so; the file itself is never deleted
(deleting it would let two runs lock two different files).
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
from pathlib import Path
from types import TracebackType

from .errors import LockedError, StoreError
from .models import utcnow


def lock_path(db_path: str | Path) -> Path:
    """Where the lock of a database lives: beside it, `<db>.lock`."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


class RefreshLock:
    """`with RefreshLock(db_path):` — raises LockedError if another refresh holds it."""

    def __init__(self, db_path: str | Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot create the lock file {self.path}: {exc}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            raise LockedError(
                f"another refresh is running on {self.path.with_suffix('')} ({holder}); "
                "try again when it has finished"
            ) from None
        except OSError as exc:
            os.close(fd)
            raise StoreError(f"cannot lock {self.path}: {exc}") from exc
        info = {"pid": os.getpid(), "since": utcnow(), "host": socket.gethostname()}
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(info) + "\n").encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> RefreshLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    """'pid N, since T' from the lock file, or a vaguer phrase if it is being rewritten."""
    try:
        info = json.loads(os.pread(fd, 4096, 0).decode() or "{}")
    except (OSError, ValueError):
        info = {}
    if not info.get("pid"):
        return "holder unknown"
    where = f" on {info['host']}" if info.get("host") else ""
    return f"pid {info['pid']}{where}, since {info.get('since', '?')}"
