"""The FastAPI service and the question parser behind /ask and `policykg ask`."""
