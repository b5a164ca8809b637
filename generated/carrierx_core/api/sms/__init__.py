"""Operations of the `sms` group: one module each."""
