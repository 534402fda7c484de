"""The 素材库 room: the dock beside the editor, its panel (search, phrases, 范文), the result list and
the library's location (本机 / 单位服务器). `library_flows` is its door."""
