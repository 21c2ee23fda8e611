"""Node settings: precedence CLI > env > file > default, recorded; fail closed."""

from __future__ import annotations

from pathlib import Path

import pytest

from custos.core import ConfigError, NodeNotInitialized, load_settings
from custos.core._config import DEFAULT_HOME


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    h.mkdir()
    (h / "config.yaml").write_text(
        "node_name: St. Elsewhere radiology\n"
        "database_url: sqlite:////srv/from-file.db\n"
        "audit:\n"
        "  checkpoint_every: 25\n"
    )
    return h


@pytest.fixture
def bare_home(tmp_path: Path) -> Path:
    """A node home whose config.yaml sets nothing."""
    h = tmp_path / "bare"
    h.mkdir()
    (h / "config.yaml").write_text("# nothing set\n")
    return h


def test_file_values_override_defaults_and_are_recorded(home: Path) -> None:
    s = load_settings(home=home, env={})
    assert s.node_name == "St. Elsewhere radiology"
    assert s.database_url == "sqlite:////srv/from-file.db"
    assert s.checkpoint_every == 25
    assert s.sources["database_url"] == "file"
    assert s.sources["checkpoint_every"] == "file"
    assert s.sources["node_name"] == "file"
    assert s.sources["home"] == "cli"


def test_environment_overrides_the_file(home: Path) -> None:
    s = load_settings(
        home=home,
        env={
            "CUSTOS_DATABASE_URL": "postgresql://db/custos",
            "CUSTOS_AUDIT_CHECKPOINT_EVERY": "7",
            "CUSTOS_USER": "alice",
        },
    )
    assert (s.database_url, s.checkpoint_every, s.user) == ("postgresql://db/custos", 7, "alice")
    assert s.sources["database_url"] == "env"
    assert s.sources["checkpoint_every"] == "env"
    assert s.sources["user"] == "env"


def test_command_line_overrides_the_environment(home: Path, tmp_path: Path) -> None:
    s = load_settings(
        home=home, user="bob", env={"CUSTOS_USER": "alice", "CUSTOS_HOME": str(tmp_path / "x")}
    )
    assert s.user == "bob" and s.sources["user"] == "cli"
    assert s.home == home and s.sources["home"] == "cli"


def test_home_comes_from_the_environment_when_not_given(home: Path) -> None:
    s = load_settings(env={"CUSTOS_HOME": str(home)})
    assert s.home == home and s.sources["home"] == "env"
    assert s.config_path == home / "config.yaml"
    assert s.key_path == home / "node.key"


def test_defaults_apply_when_nothing_is_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    s = load_settings(env={}, require_file=False)
    assert s.home == DEFAULT_HOME and s.sources["home"] == "default"
    assert s.checkpoint_every == 100 and s.sources["checkpoint_every"] == "default"
    assert s.database_url == f"sqlite:///{(tmp_path / '.custos' / 'custos.db').resolve()}"
    assert s.sources["database_url"] == "default"
    assert s.sources["user"] == "default" and s.user
    assert s.node_name == "custos edge node" and s.sources["node_name"] == "default"


def test_every_setting_has_a_recorded_source(home: Path) -> None:
    s = load_settings(home=home, env={})
    assert set(s.sources) == {"home", "database_url", "checkpoint_every", "user", "node_name"}
    assert set(s.sources.values()) <= {"cli", "env", "file", "default"}


def test_database_url_not_set_in_the_file_is_recorded_as_default(bare_home: Path) -> None:
    s = load_settings(home=bare_home, env={})
    assert s.sources["database_url"] == "default"
    assert s.database_url.endswith("/custos.db")


def test_checkpoint_period_not_set_in_the_file_is_recorded_as_default(bare_home: Path) -> None:
    s = load_settings(home=bare_home, env={})
    assert s.checkpoint_every == 100
    assert s.sources["checkpoint_every"] == "default"


def test_node_name_not_set_in_the_file_is_recorded_as_default(bare_home: Path) -> None:
    s = load_settings(home=bare_home, env={})
    assert s.node_name == "custos edge node"
    assert s.sources["node_name"] == "default"


def test_audit_section_without_checkpoint_period_is_recorded_as_default(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("node_name: lab\naudit: {}\n")
    s = load_settings(home=tmp_path, env={})
    assert (s.checkpoint_every, s.sources["checkpoint_every"]) == (100, "default")
    assert (s.node_name, s.sources["node_name"]) == ("lab", "file")


def test_file_value_equal_to_the_default_is_recorded_as_file(tmp_path: Path) -> None:
    # The source says who set the value, not whether it differs from the default.
    (tmp_path / "config.yaml").write_text("audit: {checkpoint_every: 100}\n")
    s = load_settings(home=tmp_path, env={})
    assert (s.checkpoint_every, s.sources["checkpoint_every"]) == (100, "file")


@pytest.mark.parametrize(
    "value", ["abc", "-1", "1.5", "1e3", "0x10", "ten", "+5", "1_000", "\u0663", "1000001"]
)
def test_malformed_checkpoint_period_in_the_environment_raises_config_error(
    home: Path, value: str
) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(home=home, env={"CUSTOS_AUDIT_CHECKPOINT_EVERY": value})
    assert info.value.code == "config.invalid"
    assert info.value.exit_code == 78
    assert "CUSTOS_AUDIT_CHECKPOINT_EVERY" in str(info.value)


def test_zero_checkpoint_period_from_the_environment_disables_periodic_checkpoints(
    home: Path,
) -> None:
    assert (
        load_settings(home=home, env={"CUSTOS_AUDIT_CHECKPOINT_EVERY": "0"}).checkpoint_every == 0
    )


def test_checkpoint_period_from_the_environment_has_the_same_limit_as_the_file(
    home: Path, tmp_path: Path
) -> None:
    h = tmp_path / "limit"
    h.mkdir()
    (h / "config.yaml").write_text("audit: {checkpoint_every: 1000001}\n")
    with pytest.raises(ConfigError) as from_file:
        load_settings(home=h, env={})
    assert from_file.value.code == "config.invalid"
    assert any(d.startswith("audit.checkpoint_every:") for d in from_file.value.details)
    with pytest.raises(ConfigError) as from_env:
        load_settings(home=home, env={"CUSTOS_AUDIT_CHECKPOINT_EVERY": "1000001"})
    assert from_env.value.code == "config.invalid"
    assert "CUSTOS_AUDIT_CHECKPOINT_EVERY" in str(from_env.value)
    assert "1000000" in str(from_env.value)


def test_checkpoint_period_at_the_limit_is_accepted_from_file_and_environment(
    home: Path, tmp_path: Path
) -> None:
    h = tmp_path / "at-limit"
    h.mkdir()
    (h / "config.yaml").write_text("audit: {checkpoint_every: 1000000}\n")
    assert load_settings(home=h, env={}).checkpoint_every == 1_000_000
    s = load_settings(home=home, env={"CUSTOS_AUDIT_CHECKPOINT_EVERY": " 1000000 "})
    assert (s.checkpoint_every, s.sources["checkpoint_every"]) == (1_000_000, "env")


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ("node_name: x\ndatabase: sqlite:///typo.db\n", "database"),
        ("audit:\n  checkpoint_every: 10\n  checkpoints: 5\n", "audit.checkpoints"),
    ],
)
def test_unknown_key_in_config_file_raises_config_error(
    tmp_path: Path, content: str, where: str
) -> None:
    (tmp_path / "config.yaml").write_text(content)
    with pytest.raises(ConfigError) as info:
        load_settings(home=tmp_path, env={})
    assert info.value.code == "config.invalid"
    assert any(d.startswith(where + ":") for d in info.value.details)


@pytest.mark.parametrize(
    "content",
    [
        "audit:\n  checkpoint_every: -5\n",
        "audit:\n  checkpoint_every: often\n",
        "node_name: ''\n",
        "- a\n- list\n",
        "node_name: [unclosed\n",
        "audit: {checkpoint_every: 10",
    ],
    ids=["negative", "not-a-number", "empty-name", "list", "bad-yaml", "bad-flow-yaml"],
)
def test_malformed_config_file_raises_config_error_never_a_default(
    tmp_path: Path, content: str
) -> None:
    (tmp_path / "config.yaml").write_text(content)
    with pytest.raises(ConfigError) as info:
        load_settings(home=tmp_path, env={})
    assert info.value.code == "config.invalid"


def test_every_violation_in_the_config_file_is_listed(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("colour: blue\naudit: {checkpoint_every: -1}\n")
    with pytest.raises(ConfigError) as info:
        load_settings(home=tmp_path, env={})
    locations = {d.split(":", 1)[0] for d in info.value.details}
    assert locations == {"colour", "audit.checkpoint_every"}


def test_missing_home_raises_node_not_initialized(tmp_path: Path) -> None:
    with pytest.raises(NodeNotInitialized) as info:
        load_settings(home=tmp_path / "nowhere", env={})
    assert info.value.code == "node.not_initialized"
    assert isinstance(info.value, ConfigError) and info.value.exit_code == 78
    assert "custos node init" in str(info.value)


def test_home_without_config_file_raises_node_not_initialized(tmp_path: Path) -> None:
    with pytest.raises(NodeNotInitialized):
        load_settings(home=tmp_path, env={})


def test_overlong_user_is_truncated(home: Path) -> None:
    assert len(load_settings(home=home, user="u" * 500, env={}).user) == 128
