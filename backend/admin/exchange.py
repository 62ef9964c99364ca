"""交换监控: the intranet-extranet exchange per peer and direction (sequences, lag, pending,
refusals), refreshed every ten seconds, over GET /api/v1/exchange/status."""

from __future__ import annotations

from typing import Any

from fastapi_amis_admin.amis.components import Page, PageSchema
from starlette.requests import Request

from backend.admin.widgets import PermissionPage

ROLES = {"core": "内网节点（院内）", "edge": "外网节点"}
# the default node names; a hospital's own names (NODE__NAME) are shown as configured
PEERS = {"core": "内网节点", "edge": "外网节点"}
TRANSPORTS = {
    "off": "未启用",
    "relay": "中继（内网主动连接外网节点）",
    "file": "文件交换（网闸摆渡文件夹）",
    "database": "前置库交换（网闸同步数据表）",
}


def _mapping(name: str, label: str, values: dict[str, str]) -> dict[str, Any]:
    return {"name": name, "label": label, "type": "mapping", "map": {**values, "*": "${" + name + "}"}}


class ExchangeMonitorAdmin(PermissionPage):
    page_schema = PageSchema(label="交换监控", icon="fa fa-exchange", sort=59)
    page_path = "/exchange-monitor"
    permission = "sync:manage"

    async def get_page(self, request: Request) -> Page:
        page_ = await super().get_page(request)
        page_.body = [
            {
                "type": "service",
                "api": "get:/api/v1/exchange/status",
                "interval": 10000,
                "silentPolling": True,
                "body": [
                    {
                        "type": "property",
                        "column": 2,
                        "items": [
                            {"label": "本节点", "content": _mapping("role", "角色", ROLES)},
                            {"label": "交换方式", "content": _mapping("transport", "交换方式", TRANSPORTS)},
                        ],
                    },
                    {
                        "type": "table",
                        "source": "${items}",
                        "placeholder": "尚无交换记录（未启用交换，或对端尚未连接）",
                        "columns": [
                            _mapping("peer", "对端", PEERS),
                            {"name": "direction_label", "label": "方向"},
                            {"name": "last_sequence", "label": "最后序号"},
                            {"name": "confirmed", "label": "已确认/已应用到"},
                            {"name": "pending", "label": "待处理批次"},
                            {
                                "name": "lag_seconds",
                                "label": "延迟（秒）",
                                "classNameExpr": "${lagging ? 'text-danger' : ''}",
                            },
                            {"name": "last_at", "label": "最近收发", "type": "datetime"},
                            {"name": "refused", "label": "拒收", "classNameExpr": "${refused ? 'text-danger' : ''}"},
                            {"name": "duplicates", "label": "重复（已忽略）"},
                            {"name": "last_error", "label": "最近错误"},
                            {"name": "last_error_at", "label": "错误时间", "type": "datetime"},
                        ],
                    },
                    {
                        "type": "table",
                        "title": "按类别待处理",
                        "source": "${kinds}",
                        "columns": [
                            {"name": "kind_label", "label": "记录类别"},
                            {"name": "waiting", "label": "待封装记录"},
                            {"name": "pending", "label": "待处理"},
                            {"name": "held", "label": "说明"},
                        ],
                    },
                    {
                        "type": "tpl",
                        "tpl": "延迟超过 ${lag_alert_minutes} 分钟或有批次被拒收时，系统通知中会出现提醒。",
                        "className": "text-muted",
                    },
                ],
            }
        ]
        return page_
