"""FHIR R4 format adapters other than HIS intake (which is integrations.his.fhir)."""
