"""`kyoryoku show`: one municipality's filing information (being built: issue 4)."""
