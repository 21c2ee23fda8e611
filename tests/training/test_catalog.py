"""The model catalog: shapes, size limits, Opacus validation, released-weight loading."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("opacus")

from pydantic import TypeAdapter  # noqa: E402
from safetensors.torch import save_file  # noqa: E402
from torch import nn  # noqa: E402

from custos.core._errors import InvalidInput, PolicyDenied  # noqa: E402
from custos.jobs._spec import MLP, LogisticRegression, ModelSpec  # noqa: E402
from custos.training import _catalog  # noqa: E402
from custos.training._catalog import (  # noqa: E402
    LOG_HALF_WIDTH,
    MAX_PARAMETERS,
    CatalogModel,
    FeatureScaler,
    build_model,
    load_released,
    model_card,
    parameter_count,
)

N_FEATURES = 30


def spec_of(data: dict[str, Any]) -> Any:
    return TypeAdapter(ModelSpec).validate_python(data)


SPECS = [
    pytest.param({"arch": "logistic_regression"}, id="lr"),
    pytest.param({"arch": "mlp", "hidden": [16]}, id="mlp-16"),
    pytest.param({"arch": "mlp", "hidden": [32, 8], "activation": "tanh"}, id="mlp-32-8"),
    pytest.param(
        {"arch": "mlp", "hidden": [7, 5, 3], "activation": "gelu", "dropout": 0.25},
        id="mlp-dropout",
    ),
]


def trainable(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


@pytest.mark.parametrize("data", SPECS)
def test_parameter_count_agrees_with_the_built_module(data: dict[str, Any]) -> None:
    spec = spec_of(data)
    model = build_model(spec, N_FEATURES)
    assert isinstance(model, CatalogModel)
    assert trainable(model) == parameter_count(spec, N_FEATURES)
    # The scaler holds buffers only: nothing of it is trained or clipped.
    assert list(model.scaler.parameters()) == []
    assert {n for n, _ in model.scaler.named_buffers()} == {"lower", "upper", "centre", "scale"}


@pytest.mark.parametrize("data", SPECS)
def test_model_outputs_one_logit_per_row(data: dict[str, Any]) -> None:
    model = build_model(spec_of(data), N_FEATURES)
    model.eval()
    x = torch.rand(5, N_FEATURES)
    assert model(x).shape == (5,)
    p = model.predict_proba(x)
    assert p.shape == (5,)
    assert bool(((p >= 0) & (p <= 1)).all())


def test_logistic_regression_is_one_linear_layer() -> None:
    model = build_model(LogisticRegression(arch="logistic_regression"), 4)
    assert isinstance(model.net, nn.Linear)
    assert (model.net.in_features, model.net.out_features) == (4, 1)
    assert parameter_count(LogisticRegression(arch="logistic_regression"), 4) == 5


def test_mlp_layers_follow_the_spec() -> None:
    spec = MLP(arch="mlp", hidden=[8, 4], activation="tanh", dropout=0.1)
    model = build_model(spec, 3)
    linears = [m for m in model.net.modules() if isinstance(m, nn.Linear)]
    assert [(m.in_features, m.out_features) for m in linears] == [(3, 8), (8, 4), (4, 1)]
    assert sum(isinstance(m, nn.Tanh) for m in model.net.modules()) == 2
    assert sum(isinstance(m, nn.Dropout) for m in model.net.modules()) == 2
    assert parameter_count(spec, 3) == (3 * 8 + 8) + (8 * 4 + 4) + (4 + 1)


def test_oversized_mlp_is_refused_before_it_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = MLP(arch="mlp", hidden=[4096] * 6)
    assert parameter_count(spec, N_FEATURES) > MAX_PARAMETERS

    def must_not_build(*_: Any) -> nn.Module:
        raise AssertionError("the network was allocated before the size check")

    monkeypatch.setattr(_catalog, "_network", must_not_build)
    with pytest.raises(PolicyDenied) as exc:
        build_model(spec, N_FEATURES)
    assert exc.value.code == "model.too_large"


def test_model_at_the_limit_is_allowed_and_one_above_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # LR has n + 1 parameters; shrink the limit rather than allocate 50 M floats.
    monkeypatch.setattr(_catalog, "MAX_PARAMETERS", N_FEATURES + 1)
    build_model(LogisticRegression(arch="logistic_regression"), N_FEATURES)
    with pytest.raises(PolicyDenied) as exc:
        build_model(LogisticRegression(arch="logistic_regression"), N_FEATURES + 1)
    assert exc.value.code == "model.too_large"


def test_a_model_without_features_is_refused() -> None:
    with pytest.raises(InvalidInput) as exc:
        build_model(LogisticRegression(arch="logistic_regression"), 0)
    assert exc.value.code == "model.no_features"


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(lambda n: nn.Sequential(nn.Linear(n, 4), nn.BatchNorm1d(4)), id="batchnorm"),
        pytest.param(lambda n: nn.Sequential(nn.Linear(n, 4), nn.LSTM(4, 1)), id="lstm"),
    ],
)
def test_a_module_dp_sgd_cannot_privatise_is_refused(
    monkeypatch: pytest.MonkeyPatch, bad: Any
) -> None:
    monkeypatch.setattr(_catalog, "_network", lambda spec, n: bad(n))
    with pytest.raises(PolicyDenied) as exc:
        build_model(MLP(arch="mlp", hidden=[4]), N_FEATURES)
    assert exc.value.code == "model.not_privatisable"
    assert exc.value.details


def test_a_batchnorm_model_is_refused_by_the_harness_before_training(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import numpy as np

    from custos.jobs._spec import parse_spec
    from custos.training import _harness

    monkeypatch.setattr(
        _catalog, "_network", lambda spec, n: nn.Sequential(nn.Linear(n, 4), nn.BatchNorm1d(4))
    )
    started: list[int] = []
    monkeypatch.setattr(_harness, "_fit_scaler", lambda *a, **k: started.append(1))
    spec = parse_spec(
        {
            "name": "bn",
            "vendor": "acme-ai",
            "dua": "acme-wdbc-2026",
            "dataset": "wdbc",
            "purpose": "test",
            "task": {"kind": "binary_classification", "target": "y"},
            "model": {"arch": "mlp", "hidden": [4]},
            "training": {"epochs": 1, "batch_size": 4, "learning_rate": 0.1, "max_grad_norm": 1},
            "privacy": {"epsilon": 1, "delta": 1e-5},
            "outputs": ["weights"],
        }
    )
    x = np.random.default_rng(0).random((20, 3))
    y = (x[:, 0] > 0.5).astype(np.float32)
    plan = _harness.TrainPlan(1.0, 0.2, 5, 1.0, _harness.ScalerFit((0,) * 3, (1,) * 3, 1, 1))
    split = _harness.Split(train=np.arange(16), validation=np.arange(16, 20))
    with pytest.raises(PolicyDenied) as exc:
        _harness.train(spec, x, y, plan, split, rng_seed=0)
    assert exc.value.code == "model.not_privatisable"
    assert started == []


def test_feature_scaler_maps_any_input_into_the_bounded_log_range() -> None:
    scaler = FeatureScaler(3)
    scaler.lower.copy_(torch.tensor([0.0, -10.0, 100.0]))
    scaler.upper.copy_(torch.tensor([1.0, 10.0, 1000.0]))
    x = torch.tensor(
        [
            [-1e9, -1e9, -1e9],
            [0.0, -10.0, 100.0],
            [0.5, 0.0, 550.0],
            [1.0, 10.0, 1000.0],
            [1e9, 1e9, 1e9],
            [math.inf, -math.inf, math.inf],
        ]
    )
    z = scaler.transform(x)
    assert bool(torch.isfinite(z).all())
    assert float(z.abs().max()) <= LOG_HALF_WIDTH + 1e-6
    # Clipped at the public bounds: below the lower bound equals the lower bound.
    assert torch.equal(z[0], z[1])
    assert torch.equal(z[3], z[4])
    assert torch.allclose(z[1], torch.full((3,), -LOG_HALF_WIDTH))
    assert torch.allclose(z[3], torch.full((3,), LOG_HALF_WIDTH))
    # Monotone in each feature.
    assert bool((z[1] < z[2]).all() and (z[2] < z[3]).all())
    scaler.centre.fill_(0.5)
    scaler.scale.fill_(2.0)
    assert torch.allclose(scaler(x), (z - 0.5) / 2.0)


def test_model_card_names_what_a_vendor_needs() -> None:
    spec = MLP(arch="mlp", hidden=[4], activation="gelu")
    card = model_card(spec, ["a", "b"], "diagnosis", "malignant")
    assert card["format"] == "custos.model/v1"
    assert card["features"] == ["a", "b"]
    assert (card["target"], card["positive_label"]) == ("diagnosis", "malignant")
    assert spec_of(card["model"]) == spec
    json.dumps(card)  # JSON-ready


def _release(tmp_path: Path, spec: Any, n_features: int) -> tuple[Path, CatalogModel]:
    torch.manual_seed(0)
    model = build_model(spec, n_features)
    with torch.no_grad():
        for p in model.net.parameters():
            p.normal_()
        model.scaler.lower.copy_(-torch.rand(n_features))
        model.scaler.upper.copy_(1 + torch.rand(n_features))
        model.scaler.centre.copy_(torch.randn(n_features) * 0.1)
        model.scaler.scale.copy_(0.5 + torch.rand(n_features))
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    names = [f"f{i}" for i in range(n_features)]
    (bundle / "model.json").write_text(json.dumps(model_card(spec, names, "y", 1)))
    save_file(
        {k: v.contiguous() for k, v in model.state_dict().items()},
        str(bundle / "weights.safetensors"),
    )
    return bundle, model


@pytest.mark.parametrize("data", SPECS)
def test_load_released_round_trips_the_weights(tmp_path: Path, data: dict[str, Any]) -> None:
    spec = spec_of(data)
    bundle, original = _release(tmp_path, spec, 6)
    loaded, card = load_released(bundle)
    assert card["features"] == [f"f{i}" for i in range(6)]
    assert not loaded.training  # eval mode: dropout off, deterministic predictions
    original.eval()
    x = torch.randn(50, 6) * 3
    assert torch.equal(loaded.predict_proba(x), original.predict_proba(x))
    for k, v in original.state_dict().items():
        assert torch.equal(loaded.state_dict()[k], v), k


def test_load_released_refuses_weights_of_another_shape(tmp_path: Path) -> None:
    bundle, _ = _release(tmp_path, MLP(arch="mlp", hidden=[4]), 6)
    card = json.loads((bundle / "model.json").read_text())
    card["model"]["hidden"] = [5]
    (bundle / "model.json").write_text(json.dumps(card))
    with pytest.raises(RuntimeError):
        load_released(bundle)


def test_load_released_refuses_missing_scaler_buffers(tmp_path: Path) -> None:
    bundle, model = _release(tmp_path, LogisticRegression(arch="logistic_regression"), 6)
    state = {k: v for k, v in model.state_dict().items() if not k.startswith("scaler.")}
    save_file(state, str(bundle / "weights.safetensors"))
    with pytest.raises(RuntimeError):
        load_released(bundle)
