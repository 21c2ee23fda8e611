"""The governed gateway for vendor AI APIs (#12)."""
