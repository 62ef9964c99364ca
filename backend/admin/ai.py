"""系统管理 → AI 服务: the providers (DeepSeek, Doubao on Ark, OpenAI-compatible appliances), their
encrypted keys and 测试连接; the AI switch, which feature uses which model, and daily quotas."""

from __future__ import annotations

from typing import Any

from fastapi_amis_admin.amis.components import Page, PageSchema
from starlette.requests import Request

from backend.admin.widgets import PermissionPage
from backend.models.choices import AiProviderKind

PROVIDERS = "ai-providers"
SETTINGS = "ai-settings"
# the whole page: the feature selects list the providers, and amis does not fetch their options again
RELOAD = "window"


def _provider_form(api: str, *, editing: bool) -> dict[str, Any]:
    return {
        "type": "form",
        "api": api,
        "body": [
            {"type": "input-text", "name": "name", "label": "名称", "required": True, "maxLength": 64},
            {
                "type": "select",
                "name": "kind",
                "label": "服务类型",
                "required": True,
                "options": AiProviderKind.options(),
            },
            {
                "type": "input-text",
                "name": "base_url",
                "label": "接口地址",
                "maxLength": 255,
                "placeholder": "DeepSeek 与豆包可留空（使用官方地址）；院内一体机如 http://10.0.0.8:8000/v1",
            },
            {
                "type": "input-text",
                "name": "model",
                "label": "模型",
                "required": True,
                "maxLength": 128,
                "placeholder": "如 deepseek-chat；豆包填模型名称或推理接入点 ID",
            },
            {
                "type": "input-password",
                "name": "api_key",
                "label": "API 密钥",
                "maxLength": 512,
                "value": "",
                "placeholder": "留空则保留原密钥" if editing else "加密保存，保存后不再显示",
            },
            {
                "type": "switch",
                "name": "external",
                "label": "外部服务",
                "value": True,
                "option": "院外云服务：只发送去标识化的文本；关闭表示院内部署，发送按需精简的病历",
            },
            {"type": "switch", "name": "enabled", "label": "启用", "value": True},
            {
                "type": "input-number",
                "name": "timeout_seconds",
                "label": "超时（秒）",
                "min": 1,
                "max": 300,
                "value": 30,
            },
        ],
    }


class AiServiceAdmin(PermissionPage):
    page_schema = PageSchema(label="AI 服务", icon="fa fa-magic", sort=45)
    page_path = "/ai-services"
    permission = "system:config"

    async def get_page(self, request: Request) -> Page:
        page_ = await super().get_page(request)
        settings_form = {
            "type": "form",
            "name": SETTINGS,
            "title": "AI 开关、功能所用模型与每日配额",
            "initApi": "get:/api/v1/ai/settings",
            "api": {
                "method": "put",
                "url": "/api/v1/ai/settings",
                "data": {"enabled": "${enabled}", "features": "${features}"},
            },
            "body": [
                {
                    "type": "switch",
                    "name": "enabled",
                    "label": "启用 AI",
                    "option": "关闭时所有页面不显示 AI 功能，照常手工操作",
                },
                {
                    "type": "combo",
                    "name": "features",
                    "label": "功能",
                    "multiple": True,
                    "addable": False,
                    "removable": False,
                    "draggable": False,
                    "items": [
                        {"type": "static", "name": "label", "label": "功能"},
                        {
                            "type": "select",
                            "name": "provider_id",
                            "label": "使用的 AI 服务",
                            "clearable": True,
                            "placeholder": "不使用 AI",
                            "source": {
                                "method": "get",
                                "url": "/api/v1/ai/settings",
                                "responseData": {"options": "${provider_options}"},
                            },
                        },
                        {"type": "input-number", "name": "per_user", "label": "每人每天", "min": 0, "max": 100000},
                        {"type": "input-number", "name": "total", "label": "全院每天", "min": 0, "max": 100000},
                    ],
                },
                {
                    "type": "tpl",
                    "className": "text-muted",
                    "tpl": "外部服务只收到去标识化的文本（姓名、身份证号、电话、住址、住院号/病案号替换为代号，"
                    "日期整体平移），回答在本机还原；每次调用记入审计日志（人员、功能、服务、摘要值、词元数、耗时、结果）。",
                },
            ],
        }
        providers = {
            "type": "crud",
            "id": PROVIDERS,
            "title": "AI 服务",
            "api": "get:/api/v1/ai/providers",
            "headerToolbar": [
                {
                    "type": "button",
                    "label": "新增 AI 服务",
                    "icon": "fa fa-plus",
                    "level": "primary",
                    "actionType": "dialog",
                    "dialog": {
                        "title": "新增 AI 服务",
                        "body": _provider_form("post:/api/v1/ai/providers", editing=False),
                    },
                    "reload": RELOAD,
                }
            ],
            "columns": [
                {"name": "name", "label": "名称"},
                {"name": "kind_label", "label": "服务类型"},
                {"name": "base_url", "label": "接口地址"},
                {"name": "model", "label": "模型"},
                {"name": "external", "label": "外部服务", "type": "mapping", "map": {"true": "外部", "false": "院内"}},
                {"name": "enabled", "label": "启用", "type": "mapping", "map": {"true": "是", "false": "否"}},
                {
                    "name": "has_key",
                    "label": "密钥",
                    "type": "mapping",
                    "map": {"true": "已保存（加密）", "false": "未设置"},
                },
                {
                    "type": "operation",
                    "label": "操作",
                    "buttons": [
                        {
                            "type": "button",
                            "label": "测试连接",
                            "level": "link",
                            "actionType": "ajax",
                            "api": "post:/api/v1/ai/providers/${id}/test",
                            "messages": {"success": "${message}"},
                        },
                        {
                            "type": "button",
                            "label": "编辑",
                            "level": "link",
                            "actionType": "dialog",
                            "dialog": {
                                "title": "编辑 AI 服务",
                                "body": _provider_form("put:/api/v1/ai/providers/${id}", editing=True),
                            },
                            "reload": RELOAD,
                        },
                        {
                            "type": "button",
                            "label": "删除",
                            "level": "link",
                            "className": "text-danger",
                            "actionType": "ajax",
                            "confirmText": "确定删除该 AI 服务？",
                            "api": "delete:/api/v1/ai/providers/${id}",
                            "reload": RELOAD,
                        },
                    ],
                },
            ],
        }
        page_.body = [providers, settings_form]
        return page_
