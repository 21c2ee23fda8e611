"""Full-domain generalisation with record suppression: the lattice search.

A *node* of the lattice picks one level per quasi-identifier; applying it
recodes every value of a column to the same level (global recoding). Rows
whose equivalence class (rows equal on every quasi-identifier) still breaks
the privacy model are suppressed, up to ``max_suppressed`` rows; a node with
more to suppress fails.

The privacy model: k-anonymity, optionally l-diversity (distinct or entropy)
and t-closeness (equal-distance EMD for a categorical sensitive column,
ordered-distance EMD for a numeric one), each per sensitive column. The
t-closeness reference is the distribution of the rows that are *kept*, which
is the table a reader sees: classes that break t are suppressed and the
reference recomputed until every kept class is within t.

Information loss (the objective), in [0, 1]::

    loss(node) = (1 / (n q)) * sum over rows r, QIs i of
                 (1 if r is suppressed else LM_i(r, level_i))

where ``LM_i`` is Iyengar's loss metric on the hierarchy: the share of the
column's distinct level-0 values that the row's generalised value stands
for beyond itself (0 at level 0, 1 at ``"*"``). A suppressed row loses all.

The search is exact (it returns a node of least loss among those that
satisfy the model) and evaluates few nodes: it is a best-first
branch-and-bound. The loss of a node is at least its *generalisation-only*
loss (every row counted as kept, since each row's loss is at most 1), which
is known for every node without touching the data; nodes are visited in
increasing order of that bound and the search stops as soon as the bound
reaches the best loss found. Two monotone tests skip nodes before any
grouping: a node fails if one of its columns, or one pair of its columns, at
its levels already puts more rows in groups smaller than k than may be
suppressed (a class is never larger than such a group; the pair tables cost
one bincount per pair of levels, once); and a node below a node that failed
k (or distinct l) fails too, since generalising only merges classes. Each
node visited costs one vectorised grouping of cached integer codes (a
multiply-add per column into a mixed-radix key, then a bincount or a sort).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from custos.core._errors import InvalidInput
from custos.deid._table_hierarchy import Generalisation

MAX_NODES = 2_000_000
_T_EPS = 1e-12
_T_ROUNDS = 50
_DENSE_CELLS = 1 << 22  # classes x values per block of the ordered EMD


@dataclass(frozen=True)
class PrivacyModel:
    k: int
    max_suppressed: int  # rows
    l: int | None = None  # noqa: E741
    l_variant: str = "distinct"
    t: float | None = None


@dataclass(frozen=True)
class Sensitive:
    """A sensitive column as codes ``0..m-1``; for an ordered (numeric) one,
    the codes follow the values' order."""

    name: str
    codes: np.ndarray
    cardinality: int
    ordered: bool

    @classmethod
    def from_series(cls, name: str, series: pd.Series) -> Sensitive:
        ordered = bool(pd.api.types.is_numeric_dtype(series)) and not bool(
            pd.api.types.is_bool_dtype(series)
        )
        codes, uniq = pd.factorize(series, sort=True, use_na_sentinel=False)
        return cls(name, np.asarray(codes, dtype=np.int64), len(uniq), ordered)


@dataclass
class NodeResult:
    node: tuple[int, ...]
    ok: bool
    suppressed: int
    loss: float
    failed: str = ""  # "k", "l", "t", "" when it satisfies the model
    keep: np.ndarray | None = None  # rows kept (detail only)
    class_ids: np.ndarray | None = None  # class of each row (detail only)
    achieved: dict[str, float] = field(default_factory=dict)


@dataclass
class SearchResult:
    best: NodeResult | None
    lattice_size: int
    evaluated: int
    skipped_marginal: int
    skipped_monotone: int
    seconds: float
    complete: bool = True


@dataclass
class _Classes:
    """The classes of one node: sorted distinct keys and their sizes; ``key``
    holds each row's key (mixed radix over the node's codes when
    ``radix`` is set, else compacted)."""

    key: np.ndarray
    keys: np.ndarray
    sizes: np.ndarray
    radix: list[tuple[int, int]] | None  # (QI index, cardinality), in key order

    def rows_of(self) -> np.ndarray:
        """Each row's class index (into ``keys``)."""
        return np.searchsorted(self.keys, self.key)


@dataclass
class _Pairs:
    """(class, sensitive value) pairs of one node and one sensitive column."""

    cls: np.ndarray  # class index of each pair
    value: np.ndarray  # value code of each pair
    count: np.ndarray  # rows of each pair


class Lattice:
    """The generalisation lattice of some quasi-identifiers over one table."""

    def __init__(
        self,
        gens: list[Generalisation],
        sensitive: list[Sensitive],
        model: PrivacyModel,
        n_rows: int,
    ) -> None:
        self.gens = gens
        self.sensitive = sensitive
        self.model = model
        self.n = n_rows
        self.heights = [g.height for g in gens]
        self.size = math.prod(self.heights)
        if self.size > MAX_NODES:
            raise InvalidInput(
                f"the generalisation lattice has {self.size} nodes (limit {MAX_NODES}); "
                "use fewer quasi-identifiers or fewer levels",
                code="deid.table_lattice_too_large",
            )
        self._loss_sum = [[g.loss_sum(j) for j in range(g.height)] for g in gens]

    # -- one node -------------------------------------------------------------

    def _classes(self, node: tuple[int, ...]) -> _Classes:
        key = np.zeros(self.n, dtype=np.int64)
        bound = 1
        radix: list[tuple[int, int]] | None = []
        for i, (g, level) in enumerate(zip(self.gens, node, strict=True)):
            card = g.cardinality(level)
            if card == 1:
                continue
            if bound * card >= 1 << 62:  # compact: the key no longer decodes
                _, key = np.unique(key, return_inverse=True)
                bound, radix = int(key.max()) + 1, None
            key = key * card + g.codes[level]
            bound *= card
            if radix is not None:
                radix.append((i, card))
        if bound <= 2 * self.n + 1024:
            counts = np.bincount(key, minlength=bound)
            keys = np.flatnonzero(counts)
            return _Classes(key, keys, counts[keys], radix)
        ordered = np.sort(key)
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        sizes = np.diff(np.r_[starts, self.n])
        return _Classes(key, ordered[starts], sizes, radix)

    def _pairs(self, c: _Classes, sa: Sensitive) -> _Pairs:
        key = c.key
        if int(c.keys[-1]) + 1 >= (1 << 62) // max(sa.cardinality, 1):
            key = c.rows_of()
        pair_keys, counts = np.unique(key * sa.cardinality + sa.codes, return_counts=True)
        owner = pair_keys // sa.cardinality
        cls = np.cumsum(np.r_[True, owner[1:] != owner[:-1]]) - 1
        return _Pairs(cls, pair_keys % sa.cardinality, counts)

    def evaluate(self, node: tuple[int, ...], *, detail: bool = False) -> NodeResult:
        m = self.model
        c = self._classes(node)
        bad = c.sizes < m.k
        suppressed = int(c.sizes[bad].sum())
        if suppressed > m.max_suppressed:
            return NodeResult(node, False, suppressed, math.inf, "k")
        pairs = [self._pairs(c, sa) for sa in self.sensitive] if (m.l or m.t) else []
        if m.l is not None:
            for pr in pairs:
                bad |= self._l_fails(pr, c.sizes, m.l, m.l_variant)
            suppressed = int(c.sizes[bad].sum())
            if suppressed > m.max_suppressed:
                return NodeResult(node, False, suppressed, math.inf, "l")
        if m.t is not None:
            for _ in range(_T_ROUNDS):
                worse = np.zeros_like(bad)
                for pr, sa in zip(pairs, self.sensitive, strict=True):
                    worse |= self._emd(pr, c.sizes, bad, sa.ordered) > m.t + _T_EPS
                if not worse.any():
                    break
                bad |= worse
                suppressed = int(c.sizes[bad].sum())
                if suppressed > m.max_suppressed or suppressed >= self.n:
                    return NodeResult(node, False, suppressed, math.inf, "t")
            else:
                return NodeResult(node, False, suppressed, math.inf, "t")
        if suppressed >= self.n:
            return NodeResult(node, False, suppressed, math.inf, "k")
        result = NodeResult(node, True, suppressed, self._loss(node, c, bad, suppressed))
        if detail:
            rows = c.rows_of()
            result.keep = ~bad[rows]
            result.class_ids = rows
            result.achieved = self._achieved(c, bad)
        return result

    def _loss(self, node: tuple[int, ...], c: _Classes, bad: np.ndarray, suppressed: int) -> float:
        q = len(self.gens)
        if q == 0:
            return suppressed / self.n
        total = sum(self._loss_sum[i][lv] for i, lv in enumerate(node)) + q * suppressed
        if not suppressed:
            return total / (self.n * q)
        # Suppressed rows count 1 instead of their own loss: take theirs off.
        sizes = c.sizes[bad]
        if c.radix is not None:
            rest = c.keys[bad].copy()
            for i, card in reversed(c.radix):
                code = rest % card
                rest //= card
                total -= float(sizes @ self.gens[i].code_loss[node[i]][code])
        else:
            gone = bad[c.rows_of()]
            for g, lv in zip(self.gens, node, strict=True):
                total -= float(g.code_loss[lv][g.codes[lv][gone]].sum())
        return total / (self.n * q)

    def lower_bound(self, node: tuple[int, ...]) -> float:
        """The loss if no row were suppressed: never above the node's loss."""
        q = len(self.gens)
        if q == 0:
            return 0.0
        return sum(self._loss_sum[i][lv] for i, lv in enumerate(node)) / (self.n * q)

    @staticmethod
    def _l_fails(pr: _Pairs, sizes: np.ndarray, l: int, variant: str) -> np.ndarray:  # noqa: E741
        if variant == "distinct":
            return np.bincount(pr.cls, minlength=len(sizes)) < l
        return Lattice._entropy(pr, sizes) < math.log(l) - 1e-12

    @staticmethod
    def _entropy(pr: _Pairs, sizes: np.ndarray) -> np.ndarray:
        p = pr.count / sizes[pr.cls]
        return -np.bincount(pr.cls, weights=p * np.log(p), minlength=len(sizes))

    @staticmethod
    def _emd(pr: _Pairs, sizes: np.ndarray, bad: np.ndarray, ordered: bool) -> np.ndarray:
        """EMD between each kept class and all kept rows (0 for the others).

        Only values present among the kept rows count: they are the table a
        reader sees (and what an independent check of the output computes).
        """
        out = np.zeros(len(sizes))
        kept = ~bad[pr.cls]
        cls, value, count = pr.cls[kept], pr.value[kept], pr.count[kept]
        present, value = np.unique(value, return_inverse=True)
        m = len(present)
        if m <= 1:
            return out
        weight = np.bincount(value, weights=count, minlength=m).astype(float)
        p = weight / weight.sum()
        q = count / sizes[cls]
        if not ordered:
            # 1/2 sum_v |q_v - p_v|; the values a class lacks add their p_v.
            part = np.abs(q - p[value]) - p[value]
            out[:] = 0.5 * (1.0 + np.bincount(cls, weights=part, minlength=len(sizes)))
            out[bad] = 0.0
            return out
        # Ordered distance, (1/(m-1)) sum_i |sum_{j<=i} (q_j - p_j)|: dense per
        # block of classes so memory stays bounded.
        live = np.flatnonzero(~bad)
        local = np.full(len(sizes), -1, dtype=np.int64)
        local[live] = np.arange(len(live))
        lc = local[cls]
        cum_p = np.cumsum(p)
        block = max(1, _DENSE_CELLS // m)
        for start in range(0, len(live), block):
            stop = min(start + block, len(live))
            sel = (lc >= start) & (lc < stop)
            dense = np.zeros((stop - start, m))
            dense[lc[sel] - start, value[sel]] = q[sel]
            emd = np.abs(np.cumsum(dense, axis=1) - cum_p).sum(axis=1) / (m - 1)
            out[live[start:stop]] = emd
        return out

    def _achieved(self, c: _Classes, bad: np.ndarray) -> dict[str, float]:
        """k, l (distinct and entropy) and t of the kept rows."""
        live = ~bad
        if not live.any():
            return {"k": 0.0}
        out: dict[str, float] = {"k": float(c.sizes[live].min())}
        if not self.sensitive:
            return out
        distinct, entropy, t = math.inf, math.inf, 0.0
        for sa in self.sensitive:
            pr = self._pairs(c, sa)
            d = np.bincount(pr.cls, minlength=len(c.sizes))
            distinct = min(distinct, float(d[live].min()))
            entropy = min(entropy, float(np.exp(self._entropy(pr, c.sizes)[live]).min()))
            t = max(t, float(self._emd(pr, c.sizes, bad, sa.ordered).max()))
        out.update({"l_distinct": distinct, "l_entropy": entropy, "t": t})
        return out

    # -- the search -------------------------------------------------------------

    def nodes(self) -> np.ndarray:
        if not self.gens:
            return np.zeros((1, 0), dtype=np.int64)
        return np.indices(self.heights).reshape(len(self.heights), -1).T.astype(np.int64)

    def _marginal_floor(self, nodes: np.ndarray) -> np.ndarray:
        """Rows each node must suppress for k because of one column, or one
        pair of columns, alone: a class is never larger than the group of
        rows that agree with it on fewer columns."""
        k = self.model.k
        floor = np.zeros(len(nodes), dtype=np.int64)
        for i, g in enumerate(self.gens):
            per_level = np.zeros(g.height, dtype=np.int64)
            for a in range(g.height):
                counts = np.bincount(g.codes[a])
                per_level[a] = counts[counts < k].sum()
            floor = np.maximum(floor, per_level[nodes[:, i]])
        for i, gi in enumerate(self.gens):
            for j in range(i + 1, len(self.gens)):
                gj = self.gens[j]
                table = np.zeros((gi.height, gj.height), dtype=np.int64)
                # top levels agree with the single-column floor: skip them
                for a in range(gi.height - 1):
                    for b in range(gj.height - 1):
                        card = gj.cardinality(b)
                        bound = gi.cardinality(a) * card
                        key = gi.codes[a] * card + gj.codes[b]
                        if bound <= 4 * self.n + 1024:
                            counts = np.bincount(key, minlength=bound)
                        else:
                            counts = np.unique(key, return_counts=True)[1]
                        table[a, b] = counts[counts < k].sum()
                floor = np.maximum(floor, table[nodes[:, i], nodes[:, j]])
        return floor

    def search(self) -> SearchResult:
        """The node of least loss that satisfies the model (see the module)."""
        t0 = time.perf_counter()
        nodes = self.nodes()
        bounds = np.zeros(len(nodes), dtype=float)
        for i, sums in enumerate(self._loss_sum):
            bounds += np.asarray(sums, dtype=float)[nodes[:, i]]
        if self.gens:
            bounds = bounds / float(self.n * len(self.gens))
        feasible = self._marginal_floor(nodes) <= self.model.max_suppressed
        order = np.lexsort((nodes.sum(axis=1), bounds))
        best: NodeResult | None = None
        failed: list[np.ndarray] = []
        evaluated = skipped_marginal = skipped_monotone = 0
        for idx in order:
            if best is not None and bounds[idx] >= best.loss - 1e-15:
                break
            if not feasible[idx]:
                skipped_marginal += 1
                continue
            row = nodes[idx]
            if failed and np.any(np.all(np.stack(failed) >= row, axis=1)):
                skipped_monotone += 1
                continue
            res = self.evaluate(tuple(int(x) for x in row))
            evaluated += 1
            if not res.ok:
                if res.failed == "k" or (res.failed == "l" and self.model.l_variant == "distinct"):
                    failed.append(row)
                continue
            if best is None or res.loss < best.loss - 1e-15:
                best = res
        if best is not None:
            best = self.evaluate(best.node, detail=True)
        return SearchResult(
            best,
            self.size,
            evaluated,
            skipped_marginal,
            skipped_monotone,
            time.perf_counter() - t0,
        )

    def exhaustive(self, *, time_limit: float | None = None) -> SearchResult:
        """Every node evaluated, no pruning: the reference the search must match."""
        t0 = time.perf_counter()
        best: NodeResult | None = None
        evaluated = 0
        complete = True
        for row in self.nodes():
            if time_limit is not None and time.perf_counter() - t0 > time_limit:
                complete = False
                break
            res = self.evaluate(tuple(int(x) for x in row))
            evaluated += 1
            if res.ok and (best is None or res.loss < best.loss - 1e-15):
                best = res
        return SearchResult(best, self.size, evaluated, 0, 0, time.perf_counter() - t0, complete)
