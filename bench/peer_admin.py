"""The peer of bench_admin_list: a stock fastapi-amis-admin SQLAlchemy ModelAdmin, no auth.

住院记录 as the library's documentation builds it: declarative SQLAlchemy models of the same
tables, related names joined in `get_select`, `list_filter` on the same two fields, the same
default order. Served by uvicorn as `peer_admin:create_peer_app` (PEER_DATABASE_URL).
"""

from __future__ import annotations

import os
from datetime import datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi_amis_admin import admin
from fastapi_amis_admin.admin.settings import Settings
from fastapi_amis_admin.admin.site import AdminSite
from sqlalchemy import DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql import Select


class Base(DeclarativeBase):
    pass


class Department(Base):
    __tablename__ = "department"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))


class Patient(Base):
    __tablename__ = "patient"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))


class Admission(Base):
    __tablename__ = "admission"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    his_visit_id: Mapped[str] = mapped_column(String(64))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
    bed_no: Mapped[str] = mapped_column(String(16))
    attending_name: Mapped[str] = mapped_column(String(32))
    admitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    discharged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    los_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    disposition: Mapped[str | None] = mapped_column(String(16), nullable=True)
    main_diagnosis_name: Mapped[str] = mapped_column(String(128))
    tcm_disease_name: Mapped[str] = mapped_column(String(128))
    tcm_syndrome_name: Mapped[str] = mapped_column(String(128))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class AdmissionAdmin(admin.ModelAdmin):
    page_schema = "住院记录"
    model = Admission
    list_display = [
        Admission.id,
        Admission.his_visit_id,
        Patient.name.label("patient__name"),
        Department.name.label("department__name"),
        Admission.bed_no,
        Admission.attending_name,
        Admission.admitted_at,
        Admission.discharged_at,
        Admission.los_days,
        Admission.disposition,
        Admission.main_diagnosis_name,
        Admission.tcm_disease_name,
        Admission.tcm_syndrome_name,
        Admission.cancelled_at,
    ]
    list_filter = [Admission.department_id, Admission.discharged_at]
    ordering = [Admission.discharged_at.desc(), Admission.id.desc()]

    async def get_select(self, request: Request) -> Select[Any]:
        sel = await super().get_select(request)
        return sel.outerjoin(Patient, Patient.id == Admission.patient_id).outerjoin(
            Department, Department.id == Admission.department_id
        )


def create_peer_app() -> FastAPI:
    site = AdminSite(
        settings=Settings(database_url_async=os.environ["PEER_DATABASE_URL"], site_path="/admin", language="zh_CN")
    )
    site.register_admin(AdmissionAdmin)
    app = FastAPI()
    site.mount_app(app)
    return app
