"""`kyoryoku export`: being built."""
