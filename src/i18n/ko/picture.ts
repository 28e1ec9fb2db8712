import type { pictureEn } from '../en/picture';

/** 지도 그림의 낱말: 바깥 카드, 패킷 봉투, 범례, 발표 모드. */
export const pictureKo: Readonly<Record<keyof typeof pictureEn, string>> = {
  'canvas.laptop': '노트북 {address}, 게시된 포트로 보내는 curl이 시작하는 곳',
  'canvas.internet': '인터넷, 각 노드의 eth0 NAT를 거쳐 나감',
  'outside.laptop': '노트북',
  'outside.internet': '인터넷',
  'outside.internetNote': 'eth0 NAT를 거쳐',
  'marker.envelope': 'VXLAN VNI {vni} · {src} → {dst}',
  'legend.title': '범례',
  'legend.network': '오버레이 네트워크: 색으로 주소와 연결을 표시',
  'legend.tunnel': '노드 사이 VXLAN 터널(점선), 패킷이 지나는 동안 굵게 표시',
  'legend.visited': '패킷이 지나온 곳(점선 테두리)',
  'legend.marker': '패킷',
  'legend.envelope': 'VXLAN으로 감싼 패킷: 바깥 주소와 VNI',
  'legend.underlay': '언더레이 연결: LAN에서 각 노드의 주소',
  'camera.follow': '패킷 따라가기',
  'topbar.present': '발표',
  'topbar.presentTitle': '발표 모드: 전체 화면, 큰 글자, 높은 대비',
  'topbar.textSize': '글자 크기',
  'topbar.smaller': '글자 작게',
  'topbar.larger': '글자 크게',
};
