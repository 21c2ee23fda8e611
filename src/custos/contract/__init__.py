"""Contract review: a vendor's contract against the privacy-first playbook and the enforced DUA."""
