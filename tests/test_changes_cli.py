"""`kyoryoku changes` and `kyoryoku export` as a user runs them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from scraper import store
from scraper.cli import main
from scraper.cli.changes import parse_since
from scraper.errors import ConfigError
from tests.history import history_db_file


@pytest.fixture
def db_path(tmp_path):
    return history_db_file(tmp_path)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_changes_lists_when_where_what_and_old_to_new(db_path):
    result = run("changes", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 4 and lines[-1] == "3 change(s)"
    assert lines[1].startswith("2025-05-10 01:00:00Z  東京都立川市 (132021)")
    assert (
        "tabunka@city.tachikawa.example.lg.jp → kyoryoku@city.tachikawa.example.lg.jp" in lines[1]
    )
    assert "counter, email, post → counter, email, online_form, post  [+online_form]" in lines[0]
    assert lines[1].endswith(
        "[+kyoryoku@city.tachikawa.example.lg.jp, −tabunka@city.tachikawa.example.lg.jp]"
    )


def test_since_a_date_keeps_only_later_changes(db_path):
    result = run("changes", "--since", "2025-06-01", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert "練馬区" in result.output and "立川市" not in result.output
    assert result.output.splitlines()[-1] == "1 change(s) since 2025-06-01T00:00:00Z"


def test_since_an_iso_time_in_japan_time(db_path):
    # 2025-07-01 18:30 JST is 09:30 UTC, the time of the 練馬区 change: included
    result = run("changes", "--since", "2025-07-01T18:30:00+09:00", "--db", str(db_path), "--json")
    assert [r["code"] for r in json.loads(result.output)] == ["131202"]
    later = run("changes", "--since", "2025-07-01T18:31+09:00", "--db", str(db_path))
    assert later.output.strip() == "no changes since 2025-07-01T09:31:00Z"


def test_since_last_run_shows_what_the_newest_run_found(db_path):
    db = store.open_db(db_path)
    assert run("changes", "--since", "last-run", "--db", str(db_path)).exit_code == 2
    db["runs"].insert({"started_at": "2025-07-01T09:00:00Z", "finished_at": "2025-07-01T09:40Z"})
    result = run("changes", "--since", "last-run", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert "練馬区" in result.output and "立川市" not in result.output


def test_changes_of_named_municipalities_only(db_path):
    result = run("changes", "tachikawa", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "2 change(s) for 東京都立川市"
    assert "練馬区" not in result.output
    both = run("changes", "立川市", "131202", "--db", str(db_path), "--json")
    assert len(json.loads(both.output)) == 3
    assert run("changes", "府中市", "--db", str(db_path)).exit_code == 2  # 東京都 or 広島県?
    fuchu = run("changes", "府中市", "-p", "東京都", "--db", str(db_path))
    assert fuchu.output.strip() == "no changes for 東京都府中市"
    unknown = run("changes", "存在しない市", "--db", str(db_path))
    assert unknown.exit_code == 2 and "Traceback" not in unknown.output


def test_json_output_for_machines(db_path):
    result = run("changes", "--db", str(db_path), "--json")
    rows = json.loads(result.output)
    assert [(r["code"], r["field"]) for r in rows] == [
        ("132021", "methods"),
        ("132021", "emails"),
        ("131202", "department"),
    ]
    assert rows[1]["old"] == ["tabunka@city.tachikawa.example.lg.jp"]
    assert rows[1]["new"] == ["kyoryoku@city.tachikawa.example.lg.jp"]
    assert rows[2]["old"] == "地域振興課" and rows[2]["name"] == "練馬区"
    assert rows[2]["old_snapshot_id"] == 2 and rows[2]["new_snapshot_id"] == 4


@pytest.mark.parametrize("bad", ["yesterday", "2025-13-01", "01/04/2025"])
def test_a_bad_date_is_a_clear_error(db_path, bad):
    result = run("changes", "--since", bad, "--db", str(db_path))
    assert result.exit_code == 2
    assert "is not a date" in result.output and "Traceback" not in result.output
    with pytest.raises(ConfigError):
        parse_since(bad)


def test_a_missing_database_is_a_clear_error(tmp_path):
    for command in ("changes", "export"):
        result = run(command, "--db", str(tmp_path / "nothing.db"))
        assert result.exit_code == 2
        assert "does not exist" in result.output
    assert not (tmp_path / "nothing.db").exists()


def test_export_command_reports_what_it_rewrote(db_path, tmp_path):
    out = tmp_path / "export"
    first = run("export", "--db", str(db_path), "--out", str(out))
    assert first.exit_code == 0, first.output
    assert first.output.splitlines()[-1] == f"4 file(s) changed in {out}"
    assert json.loads((out / "filings.json").read_text("utf-8"))[1]["municipality"]["name"] == (
        "立川市"
    )
    second = run("export", "--db", str(db_path), "--out", str(out))
    assert second.output.splitlines()[-1] == f"0 file(s) changed in {out}"
    assert second.output.count("unchanged") == 4


EXAMPLES = Path(__file__).parent.parent / "docs" / "examples"


def example_commands() -> list[tuple[str, str, list[str]]]:
    """(file, command, --options) of every `kyoryoku …` call in the schedule examples."""
    calls = []
    for path in sorted(EXAMPLES.iterdir()):
        for line in path.read_text("utf-8").splitlines():
            if line.lstrip().startswith("#"):
                continue
            for match in re.finditer(r"bin/kyoryoku (\w+)([^&|>;\n]*)", line):
                calls.append((path.name, match.group(1), re.findall(r"--[\w-]+", match.group(2))))
    return calls


def test_the_schedule_examples_use_real_commands_and_options():
    calls = example_commands()
    files = {name for name, _, _ in calls}
    assert files == {
        "crontab",
        "kyoryoku-refresh.service",
        "github-actions-refresh.yml",
    }
    assert {command for _, command, _ in calls} >= {"refresh", "export", "changes"}
    for name, command, options in calls:
        assert command in main.commands, (name, command)
        known = {opt for p in main.commands[command].params for opt in p.opts}
        assert set(options) <= known, (name, command, set(options) - known)


def test_the_github_workflow_is_valid_yaml_that_commits_only_on_changes():
    workflow = yaml.safe_load((EXAMPLES / "github-actions-refresh.yml").read_text("utf-8"))
    steps = workflow["jobs"]["refresh"]["steps"]
    script = "\n".join(step.get("run", "") for step in steps)
    assert "git diff --cached --quiet" in script and "git push" in script
    timer = (EXAMPLES / "kyoryoku-refresh.timer").read_text("utf-8")
    assert "[Timer]" in timer and "OnCalendar=" in timer
