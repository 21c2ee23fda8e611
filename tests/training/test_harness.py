"""The DP-SGD harness on the WDBC data: splits, scaling, noise, seeds, metrics."""

from __future__ import annotations

import math
import warnings
from dataclasses import replace
from typing import Any

import numpy as np
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

torch = pytest.importorskip("torch")
pytest.importorskip("opacus")
pytest.importorskip("sklearn")

from sklearn.datasets import load_breast_cancer  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402

from custos.core._errors import InvalidInput  # noqa: E402
from custos.jobs._spec import JobSpec, LogisticRegression, parse_spec  # noqa: E402
from custos.training._accounting import calibrate  # noqa: E402
from custos.training._catalog import LOG_HALF_WIDTH, build_model  # noqa: E402
from custos.training._harness import (  # noqa: E402
    ScalerFit,
    Split,
    TrainingFailed,
    TrainPlan,
    TrainResult,
    _auroc,
    _fit_scaler,
    sampling,
    stratified_split_sized,
    train,
)
from tests.conftest import EXAMPLES  # noqa: E402

DELTA = 1e-5
N_VALIDATION = 114  # 20 % of WDBC's 569 rows
# Bound of the scaler's output: |transform - centre| <= 2 * half-width, scale >= 1.25 * 5 %.
SCALER_BOUND = 2 * LOG_HALF_WIDTH / (1.25 * 0.05 * LOG_HALF_WIDTH)

pytestmark = pytest.mark.filterwarnings(
    # Opacus' hooks on a model whose inputs need no gradient (the scaled features).
    "ignore:Full backward hook is firing:UserWarning"
)


@pytest.fixture(scope="module")
def spec() -> JobSpec:
    return parse_spec(yaml.safe_load((EXAMPLES / "job.yaml").read_text()))


@pytest.fixture(scope="module")
def wdbc() -> tuple[np.ndarray, np.ndarray]:
    data = load_breast_cancer()
    # As the node loads it: positive label "malignant" (scikit-learn's class 0).
    return data.data.astype(np.float64), (data.target == 0).astype(np.float32)


@pytest.fixture(scope="module")
def scaler_fit() -> ScalerFit:
    """The data card's public bounds, in scikit-learn's feature order."""
    card = yaml.safe_load((EXAMPLES / "card.yaml").read_text())
    names = [f.strip().lower().replace(" ", "_") for f in load_breast_cancer().feature_names]
    bounds = [card["columns"][n]["bounds"] for n in names]
    return ScalerFit(
        lower=tuple(float(lo) for lo, _ in bounds),
        upper=tuple(float(hi) for _, hi in bounds),
        mean_noise=2.0,
        spread_noise=2.0,
    )


@pytest.fixture(scope="module")
def split(wdbc: tuple[np.ndarray, np.ndarray]) -> Split:
    return stratified_split_sized(wdbc[1], N_VALIDATION, np.random.default_rng(0))


ENGINES = pytest.mark.parametrize("engine", ["bookkeeping", "opacus"])


def with_training(spec: JobSpec, **changes: Any) -> JobSpec:
    data = spec.to_json()
    data["training"] = {**data["training"], **changes}
    return parse_spec(data)


def with_model(spec: JobSpec, model: dict[str, Any]) -> JobSpec:
    return parse_spec({**spec.to_json(), "model": model})


def run(
    spec: JobSpec,
    wdbc: tuple[np.ndarray, np.ndarray],
    split: Split,
    scaler_fit: ScalerFit,
    *,
    noise: float,
    steps: int = 10,
    sample_rate: float = 1.0,
    rng_seed: int | None = 0,
    engine: str = "auto",
) -> TrainResult:
    x, y = wdbc
    plan = TrainPlan(
        noise_multiplier=noise,
        sample_rate=sample_rate,
        steps=steps,
        max_grad_norm=spec.training.max_grad_norm,
        scaler=scaler_fit,
    )
    return train(spec, x, y, plan, split, rng_seed=rng_seed, engine=engine)


def weights(result: TrainResult, prefix: str = "") -> torch.Tensor:
    """The released tensors (those whose name starts with ``prefix``), flattened."""
    keys = sorted(k for k in result.state_dict if k.startswith(prefix))
    return torch.cat([result.state_dict[k].flatten() for k in keys])


# --- splits and sampling ------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    counts=st.lists(st.integers(1, 60), min_size=1, max_size=4),
    data=st.data(),
    seed=st.integers(0, 2**32 - 1),
)
def test_stratified_split_sized_holds_out_exactly_n_in_proportion(
    counts: list[int], data: st.DataObject, seed: int
) -> None:
    y = np.repeat(np.arange(len(counts)), counts)
    np.random.default_rng(seed).shuffle(y)
    n_val = data.draw(st.integers(0, len(y)), label="n_validation")
    s = stratified_split_sized(y, n_val, np.random.default_rng(seed))
    assert len(s.validation) == n_val
    assert len(s.train) == len(y) - n_val
    assert np.array_equal(np.sort(np.concatenate([s.train, s.validation])), np.arange(len(y)))
    for label, count in enumerate(counts):
        held = int(np.sum(y[s.validation] == label))
        assert abs(held - count * n_val / len(y)) < 1


def test_stratified_split_on_wdbc(wdbc: tuple[np.ndarray, np.ndarray], split: Split) -> None:
    y = wdbc[1]
    assert len(split.validation) == N_VALIDATION
    assert len(split.train) == len(y) - N_VALIDATION
    assert not set(split.train) & set(split.validation)
    malignant = int(y.sum())
    held = int(y[split.validation].sum())
    assert abs(held - malignant * N_VALIDATION / len(y)) < 1


def test_stratified_split_depends_on_the_rng(wdbc: tuple[np.ndarray, np.ndarray]) -> None:
    y = wdbc[1]
    a = stratified_split_sized(y, N_VALIDATION, np.random.default_rng(1))
    b = stratified_split_sized(y, N_VALIDATION, np.random.default_rng(1))
    c = stratified_split_sized(y, N_VALIDATION, np.random.default_rng(2))
    assert np.array_equal(a.validation, b.validation)
    assert not np.array_equal(a.validation, c.validation)


@pytest.mark.parametrize(
    ("n_train", "batch", "epochs", "expected"),
    [
        (455, 65536, 50, (1.0, 50)),  # full batch
        (455, 455, 3, (1.0, 3)),
        (455, 64, 3, (1 / 8, 24)),  # ceil(455 / 64) = 8 steps per epoch
        (1000, 100, 2, (0.1, 20)),
    ],
)
def test_sampling_rate_and_steps(
    n_train: int, batch: int, epochs: int, expected: tuple[float, int]
) -> None:
    q, steps = sampling(n_train, batch, epochs)
    assert (q, steps) == (pytest.approx(expected[0]), expected[1])


# --- training -----------------------------------------------------------------


@ENGINES
def test_training_with_a_generous_epsilon_learns_wdbc(
    spec: JobSpec,
    wdbc: tuple[np.ndarray, np.ndarray],
    split: Split,
    scaler_fit: ScalerFit,
    engine: str,
) -> None:
    steps = 15
    plan = calibrate(8.0, DELTA, sample_rate=1.0, steps=steps)
    for seed in range(2):
        result = run(
            spec,
            wdbc,
            split,
            scaler_fit,
            noise=plan.noise_multiplier,
            steps=steps,
            rng_seed=seed,
            engine=engine,
        )
        assert result.metrics["accuracy"] > 0.9, result.metrics
        assert result.metrics["auroc"] > 0.95, result.metrics
        assert result.n_train == len(split.train)
        assert result.n_validation == N_VALIDATION
        assert result.steps_taken == steps
    assert set(result.state_dict) == {
        "scaler.lower",
        "scaler.upper",
        "scaler.centre",
        "scaler.scale",
        "net.weight",
        "net.bias",
    }


@ENGINES
def test_an_enormous_noise_multiplier_degrades_accuracy_toward_chance(
    spec: JobSpec,
    wdbc: tuple[np.ndarray, np.ndarray],
    split: Split,
    scaler_fit: ScalerFit,
    engine: str,
) -> None:
    plan = calibrate(8.0, DELTA, sample_rate=1.0, steps=10)
    good, noisy = [], []
    for seed in range(5):
        good.append(
            run(
                spec,
                wdbc,
                split,
                scaler_fit,
                noise=plan.noise_multiplier,
                rng_seed=seed,
                engine=engine,
            )
        )
        noisy.append(run(spec, wdbc, split, scaler_fit, noise=1e4, rng_seed=seed, engine=engine))
    good_acc = np.mean([r.metrics["accuracy"] for r in good])
    noisy_acc = np.mean([r.metrics["accuracy"] for r in noisy])
    assert good_acc > 0.9
    assert noisy_acc < 0.8
    # The noise dominates the weights: they are far larger than the signal's.
    assert min(weights(r, "net.").norm() for r in noisy) > 100 * max(
        weights(r, "net.").norm() for r in good
    )


@ENGINES
def test_the_vendor_seed_does_not_determine_the_dp_noise(
    spec: JobSpec,
    wdbc: tuple[np.ndarray, np.ndarray],
    split: Split,
    scaler_fit: ScalerFit,
    engine: str,
) -> None:
    assert spec.training.seed is not None
    a = run(spec, wdbc, split, scaler_fit, noise=1.0, rng_seed=None, engine=engine)
    b = run(spec, wdbc, split, scaler_fit, noise=1.0, rng_seed=None, engine=engine)
    assert not torch.equal(a.state_dict["net.weight"], b.state_dict["net.weight"])
    # ... and the DP scaler statistics are noised from the secret seed too.
    assert not torch.equal(a.state_dict["scaler.centre"], b.state_dict["scaler.centre"])


@ENGINES
def test_the_noise_comes_from_rng_seed_alone(
    spec: JobSpec,
    wdbc: tuple[np.ndarray, np.ndarray],
    split: Split,
    scaler_fit: ScalerFit,
    engine: str,
) -> None:
    # Logistic regression starts from zero, so the vendor's seed has nothing to
    # initialise: with the same secret seed, any vendor seed gives the same model.
    other = with_training(spec, seed=12345)
    a = run(spec, wdbc, split, scaler_fit, noise=1.0, rng_seed=42, engine=engine)
    b = run(other, wdbc, split, scaler_fit, noise=1.0, rng_seed=42, engine=engine)
    c = run(spec, wdbc, split, scaler_fit, noise=1.0, rng_seed=43, engine=engine)
    assert torch.equal(weights(a), weights(b))
    assert not torch.equal(weights(a), weights(c))


@ENGINES
@pytest.mark.parametrize(
    "model",
    [
        pytest.param({"arch": "logistic_regression"}, id="lr"),
        pytest.param({"arch": "mlp", "hidden": [8], "dropout": 0.2}, id="mlp"),
    ],
)
def test_the_same_rng_seed_reproduces_identical_weights(
    spec: JobSpec,
    wdbc: tuple[np.ndarray, np.ndarray],
    split: Split,
    scaler_fit: ScalerFit,
    model: dict[str, Any],
    engine: str,
) -> None:
    s = with_training(with_model(spec, model), learning_rate=1.0)
    a = run(s, wdbc, split, scaler_fit, noise=1.0, sample_rate=0.3, rng_seed=7, engine=engine)
    b = run(s, wdbc, split, scaler_fit, noise=1.0, sample_rate=0.3, rng_seed=7, engine=engine)
    for k in a.state_dict:
        assert torch.equal(a.state_dict[k], b.state_dict[k]), k
    assert a.metrics == b.metrics


@pytest.mark.parametrize(
    "model",
    [
        pytest.param({"arch": "logistic_regression"}, id="lr"),
        pytest.param({"arch": "mlp", "hidden": [8, 4], "activation": "tanh"}, id="mlp"),
    ],
)
def test_both_clipping_engines_train_the_same_model(
    spec: JobSpec,
    wdbc: tuple[np.ndarray, np.ndarray],
    split: Split,
    scaler_fit: ScalerFit,
    model: dict[str, Any],
) -> None:
    # Same clipped sums, same noise draws from the same secret seed: same weights.
    s = with_training(with_model(spec, model), learning_rate=1.0, max_grad_norm=0.5)
    kwargs: dict[str, Any] = {"noise": 1.0, "sample_rate": 0.2, "steps": 8, "rng_seed": 3}
    a = run(s, wdbc, split, scaler_fit, engine="bookkeeping", **kwargs)
    b = run(s, wdbc, split, scaler_fit, engine="opacus", **kwargs)
    for k in a.state_dict:
        assert torch.allclose(a.state_dict[k], b.state_dict[k], rtol=1e-4, atol=1e-5), k


@ENGINES
def test_an_empty_poisson_batch_still_adds_noise(
    spec: JobSpec,
    wdbc: tuple[np.ndarray, np.ndarray],
    split: Split,
    scaler_fit: ScalerFit,
    engine: str,
) -> None:
    # With q = 1e-9 no row is ever sampled; logistic regression starts at zero,
    # so any movement of the weights is the Gaussian noise of the empty steps.
    kwargs: dict[str, Any] = {"steps": 3, "sample_rate": 1e-9}
    noised = run(spec, wdbc, split, scaler_fit, noise=1.0, **kwargs, engine=engine)
    assert bool(torch.isfinite(weights(noised)).all())
    assert float(noised.state_dict["net.weight"].abs().min()) > 0
    assert float(noised.state_dict["net.bias"].abs().min()) > 0
    # Control: without noise the same empty steps leave the weights at zero.
    silent = run(spec, wdbc, split, scaler_fit, noise=0.0, **kwargs, engine=engine)
    assert float(silent.state_dict["net.weight"].abs().max()) == 0.0
    assert float(silent.state_dict["net.bias"].abs().max()) == 0.0


@ENGINES
def test_divergence_is_reported_not_released(
    spec: JobSpec,
    wdbc: tuple[np.ndarray, np.ndarray],
    split: Split,
    scaler_fit: ScalerFit,
    engine: str,
) -> None:
    deep = with_training(
        with_model(spec, {"arch": "mlp", "hidden": [8] * 6}),
        learning_rate=1000.0,
        max_grad_norm=100.0,
        average_last=0.0,
    )
    with pytest.raises(TrainingFailed) as exc:
        run(deep, wdbc, split, scaler_fit, noise=1e6, steps=5, engine=engine)
    assert exc.value.code == "training.diverged"


# --- the DP feature scaler ----------------------------------------------------


def _fitted(
    wdbc: tuple[np.ndarray, np.ndarray], split: Split, fit: ScalerFit, seed: int = 0
) -> Any:
    x = torch.as_tensor(wdbc[0][split.train], dtype=torch.float32)
    model = build_model(LogisticRegression(arch="logistic_regression"), x.shape[1])
    _fit_scaler(model, x, fit, len(x), torch.Generator().manual_seed(seed))
    return model.scaler, x


@pytest.mark.parametrize("noise", [0.0, 2.0, 1e3, 1e9])
def test_scaler_centre_and_scale_are_finite_and_its_output_bounded(
    wdbc: tuple[np.ndarray, np.ndarray], split: Split, scaler_fit: ScalerFit, noise: float
) -> None:
    fit = replace(scaler_fit, mean_noise=noise, spread_noise=noise)
    scaler, x = _fitted(wdbc, split, fit)
    assert bool(torch.isfinite(scaler.centre).all())
    assert bool(torch.isfinite(scaler.scale).all())
    assert float(scaler.centre.abs().max()) <= LOG_HALF_WIDTH + 1e-6
    assert float(scaler.scale.min()) >= 1.25 * 0.05 * LOG_HALF_WIDTH - 1e-6
    extremes = torch.stack([x.min(0).values - 1e6, x.max(0).values + 1e6])
    for probe in (x, extremes, torch.randn(200, x.shape[1]) * 1e4):
        z = scaler(probe)
        assert bool(torch.isfinite(z).all())
        assert float(z.abs().max()) <= SCALER_BOUND + 1e-4


def test_noiseless_scaler_statistics_are_the_mean_and_deviation(
    wdbc: tuple[np.ndarray, np.ndarray], split: Split, scaler_fit: ScalerFit
) -> None:
    fit = replace(scaler_fit, mean_noise=0.0, spread_noise=0.0)
    scaler, x = _fitted(wdbc, split, fit)
    z = scaler.transform(x).double()
    mean = z.mean(0)
    mad = (z - mean).abs().mean(0)
    expected_scale = 1.25 * mad.clamp(min=0.05 * LOG_HALF_WIDTH)
    assert torch.allclose(scaler.centre.double(), mean, atol=1e-6)
    assert torch.allclose(scaler.scale.double(), expected_scale, atol=1e-6)
    # Standardised training features: centred, of unit-order spread.
    out = scaler(x)
    assert float(out.mean(0).abs().max()) < 1e-4
    assert torch.equal(scaler.lower, torch.tensor(fit.lower, dtype=torch.float32))


def test_scaler_noise_comes_from_the_secret_generator(
    wdbc: tuple[np.ndarray, np.ndarray], split: Split, scaler_fit: ScalerFit
) -> None:
    a, _ = _fitted(wdbc, split, scaler_fit, seed=1)
    b, _ = _fitted(wdbc, split, scaler_fit, seed=1)
    c, _ = _fitted(wdbc, split, scaler_fit, seed=2)
    assert torch.equal(a.centre, b.centre)
    assert not torch.equal(a.centre, c.centre)


def test_scaler_plan_of_the_wrong_width_is_refused(
    wdbc: tuple[np.ndarray, np.ndarray], split: Split, scaler_fit: ScalerFit
) -> None:
    fit = replace(scaler_fit, lower=scaler_fit.lower[:-1], upper=scaler_fit.upper[:-1])
    with pytest.raises(InvalidInput) as exc:
        _fitted(wdbc, split, fit)
    assert exc.value.code == "training.plan"


# --- metrics ------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(8))
def test_auroc_matches_scikit_learn_with_ties(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 300))
    levels = int(rng.integers(2, 12))  # few distinct scores: many ties
    p = rng.integers(0, levels, n) / levels
    y = rng.integers(0, 2, n)
    y[0], y[1] = 0, 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        expected = roc_auc_score(y, p)
    got = _auroc(torch.as_tensor(p, dtype=torch.float32), torch.as_tensor(y, dtype=torch.float32))
    assert got == pytest.approx(expected, abs=1e-9)


def test_auroc_of_continuous_scores_matches_scikit_learn() -> None:
    rng = np.random.default_rng(99)
    y = rng.integers(0, 2, 500)
    p = 1 / (1 + np.exp(-(y + rng.normal(size=500))))
    got = _auroc(torch.as_tensor(p), torch.as_tensor(y, dtype=torch.float32))
    assert got == pytest.approx(roc_auc_score(y, p), abs=1e-9)


def test_auroc_extremes_and_one_class() -> None:
    y = torch.tensor([0.0, 0.0, 1.0, 1.0])
    assert _auroc(torch.tensor([0.1, 0.2, 0.8, 0.9]), y) == 1.0
    assert _auroc(torch.tensor([0.9, 0.8, 0.2, 0.1]), y) == 0.0
    assert _auroc(torch.tensor([0.5, 0.5, 0.5, 0.5]), y) == 0.5
    assert math.isnan(_auroc(torch.tensor([0.1, 0.9]), torch.tensor([1.0, 1.0])))
