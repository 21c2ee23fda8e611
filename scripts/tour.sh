#!/usr/bin/env bash
# A guided tour of custos on scikit-learn's breast-cancer data (WDBC):
# a hospital node, a data card, a DUA, a vendor's signed job, approval and
# an audit log that an auditor verifies offline. Leaves everything in ./tour.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${TOUR_DIR:-tour}
rm -rf "$work" && mkdir -p "$work" && cd "$work"
export CUSTOS_HOME="$PWD/node"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "vendor: make a signing key pair"
custos keys generate --out vendor

step "hospital: write the WDBC extract and initialise the edge node"
python "$here/examples/wdbc/write_csv.py" wdbc.csv
cp "$here"/examples/wdbc/{card,dua,job}.yaml .
custos node init --name "St Example edge node"

step "hospital: register the dataset with its data card"
custos data add wdbc wdbc.csv --card card.yaml

step "privacy officer: register the data-use agreement"
custos dua add dua.yaml

step "vendor: sign the job spec; hospital: receive and evaluate it"
custos job sign job.yaml --key vendor.key
custos job submit job.yaml
job=$(custos job list --json | python -c 'import json,sys; print(json.load(sys.stdin)[-1]["id"])')

step "custodian: approve $job"
custos --user custodian-demo job approve "$job"

step "auditor: verify the log, export it, verify the export offline"
custos audit verify
custos audit export --out audit-export.jsonl
custos audit verify-export audit-export.jsonl --public-key node/node.pub
echo
echo "done: node home, dataset and export are in $work/"
