"""Operations of the `call_flows` group: one module each."""
