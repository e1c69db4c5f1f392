"""Discussion threads (built in the live-threads work)."""
