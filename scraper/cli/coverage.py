"""`kyoryoku coverage`: being built."""
