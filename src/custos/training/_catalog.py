"""The model catalog: declarative model specs built into PyTorch modules.

A vendor names an architecture and its sizes; the node builds the module.
Catalog models carry no vendor code, so nothing a vendor sends can read data,
open a socket or write a file. Custom models (vendor Python, where a DUA
allows it) are built only inside the sandbox. The same builder is used by the vendor to load the
released weights (:func:`load_released`), so the shapes always agree.

Every built model starts with a :class:`FeatureScaler` whose centre and scale
are buffers (not trained, not clipped): they hold the preprocessing the
harness applied, so the released weights are self-contained and a vendor
feeds raw feature values in the order ``model.json`` lists.
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any

import torch
from torch import nn

from custos.core._errors import CustosError, InvalidInput, PolicyDenied
from custos.jobs._spec import MLP, CustomModel, LogisticRegression, ModelSpec

_ACTIVATIONS: dict[str, type[nn.Module]] = {"relu": nn.ReLU, "tanh": nn.Tanh, "gelu": nn.GELU}


# The bounded log transform maps [lower, upper] to [log 0.1, log 1.1], centred.
LOG_OFFSET = 0.1
_LOG_LO = math.log(LOG_OFFSET)
_LOG_HI = math.log(1.0 + LOG_OFFSET)
LOG_MID = (_LOG_LO + _LOG_HI) / 2
LOG_HALF_WIDTH = (_LOG_HI - _LOG_LO) / 2


class FeatureScaler(nn.Module):
    """``y = (log(clip((x - lower) / (upper - lower), 0, 1) + 0.1) - mid - centre) / scale``.

    ``lower``/``upper`` are *public* bounds the custodian declares in the
    data card (domain knowledge, not read off the data); values outside are
    clipped. The log tames the heavy tails of lab values and keeps every
    transformed value within ``±LOG_HALF_WIDTH``, which bounds the
    sensitivity of the DP feature statistics (``centre``/``scale``) the
    harness estimates. All are buffers: not trained, released with the
    weights, so a vendor feeds raw values.
    """

    lower: torch.Tensor
    upper: torch.Tensor
    centre: torch.Tensor
    scale: torch.Tensor

    def __init__(self, n_features: int) -> None:
        super().__init__()
        self.register_buffer("lower", torch.zeros(n_features))
        self.register_buffer("upper", torch.ones(n_features))
        self.register_buffer("centre", torch.zeros(n_features))
        self.register_buffer("scale", torch.ones(n_features))

    def transform(self, x: torch.Tensor) -> torch.Tensor:
        """The bounded log transform, before centring (values in ±LOG_HALF_WIDTH)."""
        unit = torch.clamp((x - self.lower) / (self.upper - self.lower), 0.0, 1.0)
        return torch.log(unit + LOG_OFFSET) - LOG_MID

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return (self.transform(x) - self.centre) / self.scale


class CatalogModel(nn.Module):
    """A scaler followed by the trainable network; outputs one logit per row."""

    def __init__(self, scaler: FeatureScaler, net: nn.Module) -> None:
        super().__init__()
        self.scaler = scaler
        self.net = net

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out: torch.Tensor = self.net(self.scaler(x))
        return out.squeeze(-1)

    def predict_proba(self, x: torch.Tensor) -> torch.Tensor:
        """Probability of the positive class for each row."""
        with torch.no_grad():
            return torch.sigmoid(self(x))


# Vendor code runs only in the sandbox's harness process, which flips this on
# (custos.sandbox._entry); the node itself never executes it.
_CUSTOM_CODE_ALLOWED = False


def allow_custom_code() -> None:
    """Called by the sandboxed harness entry point, and only there."""
    global _CUSTOM_CODE_ALLOWED
    _CUSTOM_CODE_ALLOWED = True


def _custom_network(spec: CustomModel, n_features: int, allowed: bool) -> nn.Module:
    if not allowed:
        raise PolicyDenied(
            "custom model code runs only inside the sandbox", code="model.custom_outside_sandbox"
        )
    namespace: dict[str, Any] = {"__name__": "custos_custom_model"}
    exec(compile(spec.source, "<custom model>", "exec", dont_inherit=True), namespace)  # noqa: S102 - approved vendor code, inside the sandbox
    build = namespace.get(spec.entry)
    if not callable(build):
        raise InvalidInput(
            f"the model source defines no callable '{spec.entry}'", code="model.custom_entry"
        )
    net = build(n_features)
    if not isinstance(net, nn.Module):
        raise InvalidInput(
            f"'{spec.entry}' did not return a torch.nn.Module", code="model.custom_entry"
        )
    return net


class ModelTampered(CustosError):
    """Vendor model code changed parameters or buffers outside the DP optimiser step."""

    code = "model.tampered"
    exit_code = 70


class GuardedNet(nn.Module):
    """Wraps a custom (vendor) network and refuses changes the harness did not make.

    Every forward pass checks that the parameters and buffers are what they
    were when the harness last sealed them (after its own optimiser step) and
    that the forward pass itself left them alone. This catches a model that
    writes to its weights in ``forward``, in hooks or from a thread between
    steps; a change made concurrently *during* the harness's own step cannot
    be told apart from the update, which is one reason custom code is
    approved by hash after review. The copies cost one model's memory and a
    comparison per forward pass, for custom models only.
    """

    def __init__(self, inner: nn.Module) -> None:
        super().__init__()
        self.inner = inner
        self._sealed: list[torch.Tensor] | None = None

    def _state(self) -> list[torch.Tensor]:
        return [t.detach() for t in (*self.inner.parameters(), *self.inner.buffers())]

    def seal(self) -> None:
        """The harness's own change is done: remember the state as legitimate."""
        self._sealed = [t.clone() for t in self._state()]

    def _unchanged(self, reference: list[torch.Tensor]) -> bool:
        now = self._state()
        return len(now) == len(reference) and all(
            a.shape == b.shape and torch.equal(a, b) for a, b in zip(now, reference, strict=False)
        )

    def check(self) -> None:
        """Raise :class:`ModelTampered` unless the state is the sealed one."""
        if self._sealed is not None and not self._unchanged(self._sealed):
            raise ModelTampered(
                "the model changed its parameters or buffers outside the DP optimiser step"
            )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.check()
        # Once sealed, the state just checked *is* the sealed copy: no second copy.
        before = self._sealed if self._sealed is not None else [t.clone() for t in self._state()]
        out: torch.Tensor = self.inner(x)
        if not self._unchanged(before):
            raise ModelTampered("the model changed its parameters or buffers during a forward pass")
        return out


def _network(spec: ModelSpec, n_features: int) -> nn.Module:
    if isinstance(spec, LogisticRegression):
        return nn.Linear(n_features, 1)
    if isinstance(spec, MLP):
        layers: list[nn.Module] = []
        width = n_features
        for h in spec.hidden:
            layers += [nn.Linear(width, h), _ACTIVATIONS[spec.activation]()]
            if spec.dropout > 0:
                layers.append(nn.Dropout(spec.dropout))
            width = h
        layers.append(nn.Linear(width, 1))
        return nn.Sequential(*layers)
    raise InvalidInput("unknown model architecture", code="model.unknown_arch")


def parameter_count(spec: ModelSpec, n_features: int) -> int:
    """Parameters of a catalog model (custom models are counted once built)."""
    if isinstance(spec, CustomModel):
        return 0
    if isinstance(spec, LogisticRegression):
        return n_features + 1
    width, total = n_features, 0
    for h in spec.hidden:
        total += width * h + h
        width = h
    return total + width + 1


MAX_PARAMETERS = 50_000_000


def build_model(
    spec: ModelSpec, n_features: int, *, run_custom_code: bool | None = None
) -> CatalogModel:
    """Build the catalog model for ``n_features`` inputs.

    ``run_custom_code`` says whether a custom model's vendor code may run in
    this process; by default only where the sandbox entry allowed it.

    Raises
    ------
    PolicyDenied
        The model is too large, or contains a module DP-SGD cannot
        privatise (checked with Opacus' validator *before* training).
    """
    if n_features < 1:
        raise InvalidInput("the model needs at least one feature column", code="model.no_features")
    n_params = parameter_count(spec, n_features)
    if n_params > MAX_PARAMETERS:
        raise PolicyDenied(
            f"model has {n_params:,} parameters; the catalog allows {MAX_PARAMETERS:,}",
            code="model.too_large",
        )
    if isinstance(spec, CustomModel):
        allowed = _CUSTOM_CODE_ALLOWED if run_custom_code is None else run_custom_code
        net: nn.Module = GuardedNet(_custom_network(spec, n_features, allowed))
    else:
        net = _network(spec, n_features)
    model = CatalogModel(FeatureScaler(n_features), net)
    n_params = sum(p.numel() for p in model.net.parameters())
    if n_params > MAX_PARAMETERS:
        raise PolicyDenied(
            f"model has {n_params:,} parameters; the node allows {MAX_PARAMETERS:,}",
            code="model.too_large",
        )
    problems = _privatisation_problems(model)
    if problems:
        # The catalog holds no such module today; a future entry that adds one
        # (BatchNorm, LSTM without the Opacus layer...) is refused here, not
        # discovered after the budget is spent.
        raise PolicyDenied(
            "the model contains modules DP-SGD cannot privatise",
            code="model.not_privatisable",
            details=sorted({type(p).__name__ + ": " + str(p)[:200] for p in problems}),
        )
    return model


# Modules the catalog builds, all of which Opacus accepts; a model made only of
# these skips Opacus' validator (importing Opacus costs about 2 s, paid again
# by every sandboxed job). Anything else, custom models included, is checked.
_KNOWN_SAFE = (nn.Linear, nn.ReLU, nn.Tanh, nn.GELU, nn.Dropout, nn.Sequential)


def _privatisation_problems(model: CatalogModel) -> list[Any]:
    modules = list(model.net.modules())
    if all(type(m) in _KNOWN_SAFE for m in modules):
        return []
    from opacus.validators import ModuleValidator

    return list(ModuleValidator.validate(model, strict=False))


def model_card(
    spec: ModelSpec, features: list[str], target: str, positive_label: Any
) -> dict[str, Any]:
    """What a vendor needs to rebuild the model and feed it (``model.json``)."""
    model = spec.model_dump(mode="json")
    if isinstance(spec, CustomModel):
        # The vendor holds the source; the card names it by hash.
        model = {
            "arch": "custom",
            "entry": spec.entry,
            "source_sha256": hashlib.sha256(spec.source.encode()).hexdigest(),
        }
    return {
        "format": "custos.model/v1",
        "model": model,
        "features": list(features),
        "target": target,
        "positive_label": positive_label,
        "output": "one logit per row; sigmoid gives P(positive_label)",
    }


def load_released(
    bundle: Path, *, custom_source: str | None = None
) -> tuple[CatalogModel, dict[str, Any]]:
    """Vendor side: rebuild the model from a release bundle and load its weights.

    Verify the bundle first (``custos receipt verify``); this function only
    reads ``model.json`` and ``weights.safetensors`` (never pickle). For a
    custom model pass its source (``custom_source``); it must be the source
    the node ran (same SHA-256), and it runs in *this* process.
    """
    from pydantic import TypeAdapter
    from safetensors.torch import load_file

    card = json.loads((bundle / "model.json").read_text(encoding="utf-8"))
    if card["model"].get("arch") == "custom":
        if custom_source is None:
            raise InvalidInput(
                "this bundle holds a custom model: pass its source", code="model.custom_source"
            )
        if hashlib.sha256(custom_source.encode()).hexdigest() != card["model"]["source_sha256"]:
            raise InvalidInput(
                "the source given is not the one the node ran", code="model.custom_source"
            )
        spec: ModelSpec = CustomModel(
            arch="custom", source=custom_source, entry=card["model"]["entry"]
        )
    else:
        spec = TypeAdapter(ModelSpec).validate_python(card["model"])
    # The vendor's own machine runs the vendor's own code.
    model = build_model(spec, len(card["features"]), run_custom_code=isinstance(spec, CustomModel))
    state = load_file(str(bundle / "weights.safetensors"))
    model.load_state_dict(state, strict=True)
    model.eval()
    return model, card
