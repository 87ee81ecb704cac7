"""`kyoryoku extract`: being built."""
