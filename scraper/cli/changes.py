"""`kyoryoku changes`: being built."""
