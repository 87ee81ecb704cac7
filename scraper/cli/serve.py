"""`kyoryoku serve`: being built."""
