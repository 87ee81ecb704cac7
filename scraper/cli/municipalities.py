"""`kyoryoku municipalities`: being built."""
