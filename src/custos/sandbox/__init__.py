"""The job sandbox: bubblewrap namespaces plus a seccomp filter."""
