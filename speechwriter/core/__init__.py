"""Pure-Python core: reading speeches, analysing their structure, learning structures. No Qt here."""
