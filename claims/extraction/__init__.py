"""The extraction stages, in data-flow order:
normalize -> sentences -> numbers -> filters -> typing -> resolve -> context -> pipeline.
A stage imports only earlier stages, `claims.model` and `claims.patterns`.
"""
