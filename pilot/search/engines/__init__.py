"""Search engines behind one interface: `prepare(parsed, sources) -> Matcher`."""
