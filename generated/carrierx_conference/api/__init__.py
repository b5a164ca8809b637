"""The section's operations, one module each under a package per group (`api.<group>.<operation>`).

The operation table, as data, is `carrierx_conference.operations.OPERATIONS`.
"""
