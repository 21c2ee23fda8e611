#!/usr/bin/env bash
# custos end to end on scikit-learn's breast-cancer data (WDBC): a hospital
# edge node trains a vendor's model with differential privacy and releases
# only weights, validation metrics, a privacy report and a signed receipt.
#
# Uses $CUSTOS_HOME when set (reusing a node already there), otherwise
# ./demo/node; everything is left in place for inspection.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${DEMO_DIR:-demo}
if [ -z "${CUSTOS_HOME:-}" ]; then
  rm -rf "$work"
  export CUSTOS_HOME="$PWD/$work/node"
fi
mkdir -p "$work" && cd "$work"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "vendor: make a signing key pair"
[ -f vendor.key ] || custos keys generate --out vendor

step "hospital: write the WDBC extract (569 patients) and initialise the edge node"
python "$here/examples/wdbc/write_csv.py" wdbc.csv
cp "$here"/examples/wdbc/{card,dua,job}.yaml .
if [ ! -f "$CUSTOS_HOME/node.key" ]; then
  # Jobs run in the bubblewrap sandbox (no network, no view of the node home,
  # seccomp, resource limits); the example DUA accepts nothing else.
  custos node init --name "St Example edge node"
fi

step "hospital: register the dataset with its data card; privacy officer: add the DUA"
custos data show wdbc >/dev/null 2>&1 || custos data add wdbc wdbc.csv --card card.yaml
custos dua add dua.yaml

step "vendor: sign the job spec; hospital: receive and evaluate it"
nonce=$(python -c 'import secrets; print(secrets.token_hex(4))')
python - job.yaml "$nonce" <<'PY'
import sys, yaml
path, nonce = sys.argv[1], sys.argv[2]
data = yaml.safe_load(open(path))
data["nonce"] = nonce
open(path, "w").write(yaml.safe_dump(data, sort_keys=False))
PY
custos job sign job.yaml --key vendor.key
custos job submit job.yaml
job=$(custos job list --json | python -c 'import json,sys; print(json.load(sys.stdin)[-1]["id"])')

step "custodian: approve $job"
custos --user custodian-demo job approve "$job"

step "node: train $job with DP-SGD, attack it (leakage audit), gate egress, sign the release"
custos job run "$job"

step "privacy officer: the leakage audit's report (JSON and HTML, kept at the node)"
custos job report "$job"

step "vendor: fetch the bundle and verify the receipt offline"
rm -rf "bundle-$job"
custos job fetch "$job" --out "bundle-$job"
custos receipt verify "bundle-$job" --public-key "$CUSTOS_HOME/node.pub"

step "vendor: load the released weights into the catalog model and predict"
python - "bundle-$job" wdbc.csv <<'PY'
import sys, csv, torch
from pathlib import Path
from custos.training import load_released

model, card = load_released(Path(sys.argv[1]))
# In real life these are the vendor's own rows; here six rows of the demo file.
rows = [r for i, r in enumerate(csv.DictReader(open(sys.argv[2]))) if i % 95 == 0]
x = torch.tensor([[float(r[f]) for f in card["features"]] for r in rows])
for r, p in zip(rows, model.predict_proba(x).tolist()):
    print(f"  P({card['positive_label']}) = {p:.3f}   (recorded: {r[card['target']]})")
PY

step "auditor: verify the node's audit log; privacy officer: the dataset's budget"
custos audit verify
custos budget show wdbc
step "privacy officer: the DUA as a contract annex; the vendor's contract reviewed and compared with it"
custos contract annex acme-wdbc-2026 --out annex.md
custos contract review "$here/examples/contracts/vendor-terms.md" --out contract-review.md
custos contract compare "$here/examples/contracts/vendor-terms.md" acme-wdbc-2026 \
  || echo "(exit 77: the vendor's paper allows more than the DUA the node enforces)"
step "clinician's app: a note through the governed gateway to the vendor's AI API (a stand-in on loopback)"
python "$here/examples/gateway/demo.py"
custos gateway report --since 1h --html gateway-report.html
step "auditor: the signed evidence pack for today (jobs, decisions, budget over time, deletions, incidents)"
today=$(date -u +%Y-%m-%d)
custos audit report --from "$today" --to "$today" --out "$work/evidence"
custos audit report-verify "$work/evidence" --public-key "$CUSTOS_HOME/node.pub"
custos node status
echo
echo "done: node home in $CUSTOS_HOME, bundle in $work/bundle-$job"
