"""Framework-free HTTP pieces: request ids, lenient JSON, validation rendering, envelopes, routing.

The Azure Functions glue (:mod:`shared_code.http_glue`) adapts these to ``azure.functions``.
"""
