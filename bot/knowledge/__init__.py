"""Knowledge: guideline files → structural blocks → clauses with stable ids → Chroma."""
