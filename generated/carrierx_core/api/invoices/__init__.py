"""Operations of the `invoices` group: one module each."""
