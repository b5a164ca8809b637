"""Operations of the `rate_did_tiers` group: one module each."""
