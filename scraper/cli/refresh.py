"""`kyoryoku refresh`: discover, fetch, extract and store (being built: issue 2)."""
